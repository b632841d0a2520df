/** Red-team round 9e: which marker-carrying comments are s3-gate's own (see identity.ts). */
import { describe, expect, it } from 'vitest'
import { ownershipOf } from '../../src/report/github/identity.js'

const actions = { login: 'github-actions[bot]', type: 'Bot' }
const app = { login: 's3-gate-app[bot]', type: 'Bot' }
const alice = { login: 'alice', type: 'User' }
const octocat = { login: 'octocat', type: 'User' }

describe('ownershipOf', () => {
  it("GITHUB_TOKEN or an App's token: bots' comments are ours, people's never", () => {
    for (const login of ['github-actions[bot]', 's3-gate-app[bot]', 'github-actions']) {
      const o = ownershipOf(login)
      expect(o.isOurs(actions, [actions, octocat])).toBe(true)
      expect(o.isOurs(app, [app])).toBe(true)
      expect(o.isOurs(octocat, [octocat])).toBe(false)
    }
    // A person named like the bot without its suffix is not the bot.
    expect(ownershipOf('renovate[bot]').isOurs({ login: 'renovate', type: 'User' }, [])).toBe(false)
  })

  it("a personal token: its person's comments are ours (any case), another person's are not", () => {
    const o = ownershipOf('Alice')
    expect(o.isOurs(alice, [alice, octocat])).toBe(true)
    expect(o.isOurs(octocat, [alice, octocat])).toBe(false)
    expect(o.isOurs(null, [null])).toBe(false)
    expect(o.isOurs({ type: 'User' }, [])).toBe(false)
  })

  it("the token's account unknown: bots' comments are ours, people's only when no bot has one", () => {
    const o = ownershipOf(undefined)
    expect(o.isOurs(actions, [actions, octocat])).toBe(true)
    expect(o.isOurs(octocat, [actions, octocat])).toBe(false)
    expect(o.isOurs(alice, [alice])).toBe(true)
  })
})
