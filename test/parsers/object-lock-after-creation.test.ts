/**
 * Object Lock turned on for a bucket that was not created with it (CloudFormation's
 * `ObjectLockConfiguration` without the bucket's `ObjectLockEnabled: true`, Terraform's
 * `aws_s3_bucket_object_lock_configuration` on a bucket without `object_lock_enabled = true`):
 * S3 takes it only on a bucket whose versioning is Enabled, and does not turn versioning on as it
 * does for a bucket it creates with Object Lock. Each parser marks such a lock; the model weighs it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { scanFiles } from '../helpers/scan-files.js'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

async function verdicts(files: Record<string, string>) {
  const r = await scanFiles(files)
  dirs.push(r.dir)
  const of = (rule: string) =>
    r.findings
      .filter((f) => f.ruleId === rule)
      .map((f) => `${f.resource} ${f.messageId} ${f.location.file}:${f.location.line}`)
      .sort()
  return { lock: of('object-lock-disabled'), versioning: of('versioning-disabled') }
}

describe('Object Lock turned on after the bucket is created', () => {
  it('CloudFormation: a configuration alone is refused on an unversioned bucket, and holds on a versioned one', async () => {
    const template = `Resources:
  Alone:
    Type: AWS::S3::Bucket
    Properties:
      ObjectLockConfiguration:
        ObjectLockEnabled: Enabled
  Versioned:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: Enabled
      ObjectLockConfiguration:
        ObjectLockEnabled: Enabled
  Created:
    Type: AWS::S3::Bucket
    Properties:
      ObjectLockEnabled: true
      ObjectLockConfiguration:
        ObjectLockEnabled: Enabled
`
    const v = await verdicts({ 'template.yaml': template })
    expect(v.lock).toEqual(['Alone refused template.yaml:6'])
    // S3 turns versioning on only for the bucket it creates with Object Lock.
    expect(v.versioning).toEqual(['Alone disabled template.yaml:2'])
  })

  it('Terraform: the setting resource on a bucket without object_lock_enabled is refused unless versioning is Enabled', async () => {
    const tf = `resource "aws_s3_bucket" "alone" { bucket = "alone" }
resource "aws_s3_bucket_object_lock_configuration" "alone" {
  bucket = aws_s3_bucket.alone.id
}
resource "aws_s3_bucket" "versioned" { bucket = "versioned" }
resource "aws_s3_bucket_versioning" "versioned" {
  bucket = aws_s3_bucket.versioned.id
  versioning_configuration { status = "Enabled" }
}
resource "aws_s3_bucket_object_lock_configuration" "versioned" {
  bucket = aws_s3_bucket.versioned.id
}
resource "aws_s3_bucket" "created" {
  bucket              = "created"
  object_lock_enabled = true
}
resource "aws_s3_bucket_object_lock_configuration" "created" {
  bucket = aws_s3_bucket.created.id
}
`
    const v = await verdicts({ 'main.tf': tf })
    expect(v.lock).toEqual(['aws_s3_bucket.alone refused main.tf:2'])
    expect(v.versioning).toEqual(['aws_s3_bucket.alone disabled main.tf:1'])
  })

  it('a plan: the same, read from planned values', async () => {
    const file = path.join(import.meta.dirname, '../fixtures/parity-plans/object-lock/v4/plan.json')
    const plan = JSON.parse(fs.readFileSync(file, 'utf8')) as Json
    const created = await verdicts({ 'plan.json': JSON.stringify(plan) })
    expect(created.lock).toEqual([])
    // The same plan with the bucket not created with Object Lock, and no versioning resource.
    const bucket = plan.planned_values.root_module.resources.find((r: Json) => r.type === 'aws_s3_bucket')
    bucket.values.object_lock_enabled = false
    plan.resource_changes.find((r: Json) => r.type === 'aws_s3_bucket').change.after.object_lock_enabled = false
    const drop = (list: Json[]) => list.filter((r) => r.type !== 'aws_s3_bucket_versioning')
    plan.planned_values.root_module.resources = drop(plan.planned_values.root_module.resources)
    plan.resource_changes = drop(plan.resource_changes)
    plan.configuration.root_module.resources = drop(plan.configuration.root_module.resources)
    delete plan.configuration.root_module.resources.find((r: Json) => r.type === 'aws_s3_bucket').expressions.object_lock_enabled
    const refused = await verdicts({ 'plan.json': JSON.stringify(plan) })
    expect(refused.lock).toEqual([expect.stringMatching(/^aws_s3_bucket\.data refused plan\.json:\d+$/)])
    expect(refused.versioning).toHaveLength(1)
  })
})
