// Runs a command as a whole process and measures wall-clock time and peak RSS.
// Peak RSS comes from GNU `/usr/bin/time -f %M` when it is present (the child's ru_maxrss),
// otherwise from polling VmHWM in /proc/<pid>/status. A timeout and an address-space cap
// (via `prlimit --as`) keep a runaway peer from taking the machine down.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const GNU_TIME = '/usr/bin/time'
const hasGnuTime = (() => {
  try {
    return spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0
  } catch {
    return false
  }
})()
const hasPrlimit = (() => {
  try {
    return spawnSync('prlimit', ['--version'], { encoding: 'utf8' }).status === 0
  } catch {
    return false
  }
})()

export const measureMethod = hasGnuTime ? '/usr/bin/time -f %M (ru_maxrss)' : '/proc/<pid>/status VmHWM polling'

let seq = 0

/**
 * opts: { cwd, stdoutFile (path, or undefined for /dev/null), timeoutMs, memLimitBytes, env }
 * Returns { code, signal, wallMs, maxRssKb, userS, sysS, timedOut, stderr }.
 */
export function runMeasured(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const tmp = path.join(os.tmpdir(), `s3gate-bench-${process.pid}-${seq++}.time`)
    let argv = [cmd, ...args]
    if (opts.memLimitBytes && hasPrlimit) argv = ['prlimit', `--as=${opts.memLimitBytes}`, '--', ...argv]
    if (hasGnuTime) argv = [GNU_TIME, '-f', '%M %U %S', '-o', tmp, ...argv]
    const out = opts.stdoutFile ? fs.openSync(opts.stdoutFile, 'w') : 'ignore'
    const t0 = process.hrtime.bigint()
    const child = spawn(argv[0], argv.slice(1), {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', out, 'pipe'],
      detached: true, // own process group, so a timeout can end the whole tree
    })
    let stderr = ''
    child.stderr.on('data', (d) => {
      stderr += d
      if (stderr.length > 20000) stderr = stderr.slice(-10000)
    })
    let hwm = 0
    const poll = hasGnuTime
      ? null
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))
            if (m) hwm = Math.max(hwm, Number(m[1]))
          } catch {}
        }, 10)
    let timedOut = false
    // On timeout, end the measured command but let /usr/bin/time report its peak RSS; the whole
    // process group goes a few seconds later if anything is left.
    const descendants = (pid) => {
      try {
        const kids = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
        return kids.flatMap((k) => [k, ...descendants(k)])
      } catch {
        return []
      }
    }
    let groupKill = null
    const timer = opts.timeoutMs
      ? setTimeout(() => {
          timedOut = true
          const kids = hasGnuTime ? descendants(child.pid) : []
          for (const k of kids.length ? kids : [-child.pid]) {
            try {
              process.kill(k, 'SIGKILL')
            } catch {}
          }
          groupKill = setTimeout(() => {
            try {
              process.kill(-child.pid, 'SIGKILL')
            } catch {}
          }, 5000)
        }, opts.timeoutMs)
      : null
    child.on('close', (code, signal) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6
      if (timer) clearTimeout(timer)
      if (groupKill) clearTimeout(groupKill)
      if (poll) clearInterval(poll)
      if (typeof out === 'number') fs.closeSync(out)
      let maxRssKb = hwm
      let userS = null
      let sysS = null
      if (hasGnuTime) {
        try {
          const lines = fs.readFileSync(tmp, 'utf8').trim().split('\n')
          const last = lines[lines.length - 1].split(' ')
          maxRssKb = Number(last[0])
          userS = Number(last[1])
          sysS = Number(last[2])
          // GNU time reports "Command exited with non-zero status N" on an earlier line.
          const m = /non-zero status (\d+)/.exec(lines.join('\n'))
          if (m) code = Number(m[1])
          const s = /terminated by signal (\d+)/.exec(lines.join('\n'))
          if (s) signal = `signal ${s[1]}`
        } catch {}
        fs.rmSync(tmp, { force: true })
      }
      resolve({ code, signal, wallMs, maxRssKb, userS, sysS, timedOut, stderr })
    })
  })
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** Least-squares slope of log(y) against log(x): the growth exponent. */
export function logLogSlope(points) {
  const ps = points.filter(([x, y]) => x > 0 && y > 0)
  if (ps.length < 2) return null
  const lx = ps.map(([x]) => Math.log(x))
  const ly = ps.map(([, y]) => Math.log(y))
  const mx = lx.reduce((a, b) => a + b) / ps.length
  const my = ly.reduce((a, b) => a + b) / ps.length
  let num = 0
  let den = 0
  for (let i = 0; i < ps.length; i++) {
    num += (lx[i] - mx) * (ly[i] - my)
    den += (lx[i] - mx) ** 2
  }
  return den === 0 ? null : num / den
}
