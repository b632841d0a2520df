import { describe, expect, it } from 'vitest'
import { describeError, registerSecret } from '../../src/report/github/errors.js'

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

  it('keep ordinary text', () => {
    expect(describeError(requestError(422, 'Validation Failed: ghost_user is not a collaborator'))).toBe(
      'HTTP 422: Validation Failed: ghost_user is not a collaborator',
    )
  })
})
