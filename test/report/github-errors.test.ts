import { describe, expect, it } from 'vitest'
import { describeError, redactSecrets, registerSecret } from '../../src/report/github/errors.js'

const TOKEN = 'ghs_unitTestToken0123456789abcdefABCDEF'

/** An Octokit RequestError, as far as describeError reads it. */
const requestError = (status: number, message: string) =>
  Object.assign(new Error(message), { status, response: { data: { message }, headers: {} } })

describe('error descriptions', () => {
  registerSecret(TOKEN)

  it('leave out the token GitHub or a proxy echoes, whole or cut short', () => {
    expect(describeError(requestError(401, `Bad credentials ${TOKEN}`))).toBe('HTTP 401: Bad credentials ***')
    expect(describeError(requestError(401, `Bad credentials ${TOKEN.slice(0, 20)}…`))).toBe('HTTP 401: Bad credentials ***…')
    expect(describeError(requestError(403, 'token github_pat_11ABCDEFG0abcdefghij_klmnop rejected'))).toBe('HTTP 403: token *** rejected')
  })

  it('leave out any long piece of a token without a GitHub shape (a classic 40-hex token)', () => {
    const classic = '3f1c9a7be20d4f6a8c5e1b9d7a3f2e6c4b8d0a1f'
    registerSecret(classic)
    expect(describeError(requestError(502, `upstream error for token ${classic.slice(0, 32)}`))).toBe(
      'HTTP 502: upstream error for token ***',
    )
    expect(describeError(requestError(502, `cut: x${classic.slice(9, 21)}y and a sha 9e8d7c6b5a4f3e2d`))).toBe(
      'HTTP 502: cut: *** and a sha 9e8d7c6b5a4f3e2d',
    )
    // Shorter than a fragment: nothing to recognise, nothing given away.
    expect(describeError(requestError(502, `echo ${classic.slice(0, 7)}`))).toBe(`HTTP 502: echo ${classic.slice(0, 7)}`)
  })

  it('leave out the token encoded: base64 at any alignment, URL-safe base64, hex, percent-encoding', () => {
    const b64 = (t: string) => Buffer.from(t).toString('base64')
    const cases = [
      b64(TOKEN),
      b64(`x-access-token:${TOKEN}`),
      b64(`a:${TOKEN}`),
      b64(`ab:${TOKEN}`),
      b64(`x:${TOKEN}`).replace(/\+/g, '-').replace(/\//g, '_'),
      Buffer.from(TOKEN).toString('hex'),
      Buffer.from(TOKEN).toString('hex').toUpperCase(),
      [...TOKEN].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join(''),
      [...TOKEN].map((c, i) => (i % 2 ? c : `%${c.charCodeAt(0).toString(16)}`)).join(''),
      `https://x/?t=${encodeURIComponent(TOKEN)}%20end`,
    ]
    for (const leak of cases) {
      const text = describeError(requestError(422, `Invalid credentials ${leak} sent`))
      expect(text, leak).toMatch(/^HTTP 422: Invalid credentials \S*\*\*\*\S* sent$/)
      for (const piece of [TOKEN.slice(4, 16), b64(TOKEN).slice(4, 16), Buffer.from(TOKEN).toString('hex').slice(4, 16)])
        expect(text.includes(piece), leak).toBe(false)
    }
    // Other percent-encoded text stays as it is.
    expect(describeError(requestError(404, 'no such path /a%20b%2Fc'))).toBe('HTTP 404: no such path /a%20b%2Fc')
  })

  it('leave out whatever an Authorization header carries', () => {
    expect(describeError(requestError(502, 'request: POST /x authorization: token abc123def456; next'))).toBe(
      'HTTP 502: request: POST /x authorization: ***; next',
    )
    expect(describeError(requestError(502, '{"Authorization":"Bearer zzz.yyy.xxx"}'))).toBe('HTTP 502: {"Authorization":"***"}')
  })

  it('leave out the user and password of a URL, and keep its host', () => {
    expect(describeError(requestError(502, 'proxy: GET https://bot:s3cr3t-pw@ghe.example.com/api/v3/repos/o/r failed'))).toBe(
      'HTTP 502: proxy: GET https://***@ghe.example.com/api/v3/repos/o/r failed',
    )
    expect(redactSecrets('POST https://x-access-token:abc@api.github.com/repos')).toBe('POST https://***@api.github.com/repos')
    expect(redactSecrets('mail me at someone@example.com, see https://example.com/a@b')).toBe(
      'mail me at someone@example.com, see https://example.com/a@b',
    )
  })

  it('keep ordinary text', () => {
    expect(describeError(requestError(422, 'Validation Failed: ghost_user is not a collaborator'))).toBe(
      'HTTP 422: Validation Failed: ghost_user is not a collaborator',
    )
  })
})
