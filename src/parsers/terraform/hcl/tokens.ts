/** Token kinds of the HCL native syntax lexer. Numbers, not strings, so token arrays stay typed. */
export const enum T {
  EOF,
  NEWLINE,
  IDENT,
  NUMBER,
  /** `"` opening a quoted template. */
  OQUOTE,
  /** `"` closing a quoted template (zero-width when the string was not terminated). */
  CQUOTE,
  /** Raw literal text inside a quoted template (escapes not yet processed). */
  QLIT,
  /** `<<EOF` / `<<-EOF` including the newline after the marker. */
  HEREDOC_BEGIN,
  /** The closing marker line of a heredoc (leading whitespace included). */
  HEREDOC_END,
  /** Raw literal text inside a heredoc. */
  HLIT,
  /** `${` (flag STRIP when written `${~`). */
  TEMPLATE_INTERP,
  /** `%{` (flag STRIP when written `%{~`). */
  TEMPLATE_CONTROL,
  /** `}` closing `${`/`%{` (flag STRIP when written `~}`). */
  TEMPLATE_SEQ_END,
  LBRACE,
  RBRACE,
  LBRACK,
  RBRACK,
  LPAREN,
  RPAREN,
  COMMA,
  DOT,
  ELLIPSIS,
  COLON,
  DOUBLECOLON,
  QUESTION,
  EQUAL,
  FATARROW,
  PLUS,
  MINUS,
  STAR,
  SLASH,
  PERCENT,
  AND,
  OR,
  BANG,
  EQEQ,
  NEQ,
  LT,
  LE,
  GT,
  GE,
  INVALID,
}

export const STRIP = 1

const NAMES: Record<number, string> = {
  [T.EOF]: 'end of file',
  [T.NEWLINE]: 'newline',
  [T.IDENT]: 'identifier',
  [T.NUMBER]: 'number',
  [T.OQUOTE]: '"',
  [T.CQUOTE]: '"',
  [T.QLIT]: 'string',
  [T.HEREDOC_BEGIN]: 'heredoc',
  [T.HEREDOC_END]: 'heredoc end',
  [T.HLIT]: 'heredoc text',
  [T.TEMPLATE_INTERP]: '${',
  [T.TEMPLATE_CONTROL]: '%{',
  [T.TEMPLATE_SEQ_END]: '}',
  [T.LBRACE]: '{',
  [T.RBRACE]: '}',
  [T.LBRACK]: '[',
  [T.RBRACK]: ']',
  [T.LPAREN]: '(',
  [T.RPAREN]: ')',
  [T.COMMA]: ',',
  [T.DOT]: '.',
  [T.ELLIPSIS]: '...',
  [T.COLON]: ':',
  [T.DOUBLECOLON]: '::',
  [T.QUESTION]: '?',
  [T.EQUAL]: '=',
  [T.FATARROW]: '=>',
  [T.PLUS]: '+',
  [T.MINUS]: '-',
  [T.STAR]: '*',
  [T.SLASH]: '/',
  [T.PERCENT]: '%',
  [T.AND]: '&&',
  [T.OR]: '||',
  [T.BANG]: '!',
  [T.EQEQ]: '==',
  [T.NEQ]: '!=',
  [T.LT]: '<',
  [T.LE]: '<=',
  [T.GT]: '>',
  [T.GE]: '>=',
  [T.INVALID]: 'invalid character',
}

export function tokenName(t: T): string {
  return NAMES[t] ?? 'token'
}
