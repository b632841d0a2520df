import type { GitHubClient } from './client.js'
import { describeError } from './errors.js'
import type { Logger } from './logger.js'

/** The author of a comment as GitHub's REST API gives it. */
export interface CommentAuthor {
  login?: string
  type?: string
}

/**
 * Which comments carrying s3-gate's hidden marker are s3-gate's own. The marker is plain text:
 * anyone can write it in a comment of theirs (a quote, a copy of ours, on purpose). Taken as
 * ours, a person's copy counted as "unchanged" (ours was never posted, and they could edit the
 * finding away later), and their thread was resolved or answered "Fixed in" when the finding went.
 *
 * Ours are the token's identity's: `github-actions[bot]` for GITHUB_TOKEN, `<app>[bot]` for a
 * GitHub App's token, the person for a personal token. GraphQL's `viewer` names it for all three
 * (`GET /user` refuses installation tokens, `GET /app` needs the App's JWT). Other bots' comments
 * with the marker are taken as ours too: an earlier identity of s3-gate's (the workflow moved from
 * GITHUB_TOKEN to an App) whose threads still need closing; a person is never a bot. When the
 * viewer cannot be read, bots' comments are ours, and people's only if no bot has one (a personal
 * token's comments are a person's).
 */
export interface Ownership {
  /** The token's login, when GitHub said it. */
  login: string | undefined
  /** Is a marker-carrying comment by `author` ours? `all` is every marker-carrying comment's author. */
  isOurs(author: CommentAuthor | null | undefined, all: readonly (CommentAuthor | null | undefined)[]): boolean
}

const VIEWER_QUERY = 'query { viewer { login } }'

const known = new WeakMap<object, Promise<string | undefined>>()

/** The token's login, asked once per client (and only when a marker-carrying comment needs it). */
export async function ownership(client: GitHubClient, logger: Logger): Promise<Ownership> {
  let asked = known.get(client)
  if (!asked) {
    asked = viewerLogin(client, logger)
    known.set(client, asked)
  }
  return ownershipOf(await asked)
}

async function viewerLogin(client: GitHubClient, logger: Logger): Promise<string | undefined> {
  try {
    const data = await client.graphql<{ viewer?: { login?: unknown } | null }>(VIEWER_QUERY)
    const login = data?.viewer?.login
    if (typeof login === 'string' && login.trim()) return login.trim()
    logger.debug(`GitHub did not name the token's account; comments with s3-gate's marker by bots are taken as s3-gate's`)
  } catch (e) {
    logger.debug(`could not read the token's account (${describeError(e)}); comments with s3-gate's marker by bots are taken as s3-gate's`)
  }
  return undefined
}

export function ownershipOf(login: string | undefined): Ownership {
  const isBot = (a: CommentAuthor | null | undefined) => a?.type === 'Bot'
  return {
    login,
    isOurs(author, all) {
      if (isBot(author)) return true
      if (login !== undefined) {
        // A person with the same name as a bot (`renovate` beside `renovate[bot]`) is not the bot.
        if (/\[bot\]$/i.test(login)) return false
        return typeof author?.login === 'string' && author.login.toLowerCase() === login.toLowerCase()
      }
      return !all.some(isBot)
    },
  }
}
