/**
 * AWS managed policies attached to identities: AmazonS3FullAccess (s3:* on *), AdministratorAccess
 * and PowerUserAccess grant every S3 action on every bucket, reported at the attachment; read-only
 * ones, unknown ARNs and ARNs only known at deploy time add nothing.
 */
import { describe, expect, it } from 'vitest'
import type { ScanResult } from '../../src/scan-result.js'
import { findingsOf, scanFiles } from './helpers.js'

const RULE = 'iam-policy-s3-wildcard'
const rows = (r: ScanResult) => findingsOf(r, RULE).map((f) => [f.resource, f.location.line, f.message])
const unknowns = (r: ScanResult) => r.unknowns.filter((u) => u.ruleId === RULE).map((u) => u.location.line)

describe('CloudFormation ManagedPolicyArns', () => {
  it('reports AmazonS3FullAccess, AdministratorAccess and PowerUserAccess at their item, naming the policy', async () => {
    const r = await scanFiles({
      'template.yaml': [
        'Parameters:',
        '  PolicyArn:',
        '    Type: String',
        'Resources:',
        '  AppRole:',
        '    Type: AWS::IAM::Role',
        '    Properties:',
        '      AssumeRolePolicyDocument: {}',
        '      ManagedPolicyArns:',
        '        - arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', // 10
        '        - arn:aws:iam::aws:policy/AmazonS3FullAccess', // 11
        '        - !Ref PolicyArn',
        '        - arn:aws:iam::123456789012:policy/AmazonS3FullAccess',
        '  Ops:',
        '    Type: AWS::IAM::User',
        '    Properties:',
        "      ManagedPolicyArns: [!Sub 'arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess']", // 17
        '  Devs:',
        '    Type: AWS::IAM::Group',
        '    Properties:',
        '      ManagedPolicyArns:',
        '        - !Join ["", ["arn:", !Ref AWS::Partition, ":iam::aws:policy/PowerUserAccess"]]', // 22
        '',
      ].join('\n'),
    })
    expect(rows(r)).toEqual([
      [
        'AppRole',
        11,
        'IAM policy AmazonS3FullAccess (AWS managed, attached in AppRole) allows every S3 action on every bucket (an Allow statement).',
      ],
      [
        'Ops',
        17,
        'IAM policy AdministratorAccess (AWS managed, attached in Ops) allows every S3 action on every bucket (an Allow statement).',
      ],
      [
        'Devs',
        22,
        'IAM policy PowerUserAccess (AWS managed, attached in Devs) allows every action but a few (NotAction) on every bucket (an Allow statement).',
      ],
    ])
    expect(findingsOf(r, RULE).map((f) => f.severity)).toEqual(['high', 'high', 'high'])
    expect(unknowns(r)).toEqual([])
    // Attaching a managed policy is not an inline policy.
    expect(findingsOf(r, 'iam-inline-policy-s3-access')).toEqual([])
  })

  it('reports nothing for read-only and unknown managed policies', async () => {
    const r = await scanFiles({
      'template.yaml':
        'Resources:\n  AppRole:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: {}\n      ManagedPolicyArns:\n' +
        '        - arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\n        - arn:aws:iam::aws:policy/service-role/AmazonS3FullAccess\n        - arn:aws:iam::aws:policy/AmazonS3FullAccessX\n',
    })
    expect(rows(r)).toEqual([])
    expect(unknowns(r)).toEqual([])
  })
})

describe('SAM Policies', () => {
  it('reports a bare managed policy name and an ARN, not a read-only one', async () => {
    const fn = (id: string, policies: string) =>
      `  ${id}:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.12\n      Handler: app.handler\n      CodeUri: .\n      Policies:${policies}\n`
    const r = await scanFiles({
      'template.yaml':
        'Transform: AWS::Serverless-2016-10-31\nResources:\n' +
        fn(
          'ListFn',
          '\n        - AmazonS3ReadOnlyAccess\n        - AmazonS3FullAccess\n        - S3ReadPolicy:\n            BucketName: data',
        ) + // lines 3-13: AmazonS3FullAccess on 11
        fn('OneFn', ' arn:aws:iam::aws:policy/AdministratorAccess') + // lines 14-20: Policies on 20
        fn('ReadFn', ' AmazonS3ReadOnlyAccess'),
    })
    expect(findingsOf(r, RULE).map((f) => [f.resource, f.location.line])).toEqual([
      ['ListFn', 11],
      ['OneFn', 20],
    ])
    expect(findingsOf(r, RULE)[0]!.message).toContain('AmazonS3FullAccess (AWS managed')
  })
})

describe('Terraform policy attachments', () => {
  it('reports every attachment kind at its policy ARN, and nothing for read-only or unknown ARNs', async () => {
    const r = await scanFiles({
      'main.tf': [
        'variable "arn" { type = string }',
        'data "aws_partition" "current" {}',
        'resource "aws_iam_role" "r" {',
        '  name                = "r"',
        '  assume_role_policy  = "{}"',
        '  managed_policy_arns = ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess", "arn:aws:iam::aws:policy/AmazonS3FullAccess"]', // 6
        '}',
        'resource "aws_iam_role_policy_attachment" "a" {',
        '  role       = aws_iam_role.r.name',
        '  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess"', // 10
        '}',
        'resource "aws_iam_user_policy_attachment" "b" {',
        '  user       = "u"',
        '  policy_arn = "arn:aws:iam::aws:policy/PowerUserAccess"', // 14
        '}',
        'resource "aws_iam_group_policy_attachment" "c" {',
        '  group      = "g"',
        '  policy_arn = var.arn',
        '}',
        'resource "aws_iam_policy_attachment" "d" {',
        '  name       = "d"',
        '  roles      = ["x"]',
        '  policy_arn = "arn:aws-cn:iam::aws:policy/AmazonS3FullAccess"', // 23
        '}',
        'resource "aws_iam_group_policy_attachments_exclusive" "e" {',
        '  group_name  = "g"',
        '  policy_arns = ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess", var.arn]',
        '}',
        'resource "aws_iam_role_policy_attachments_exclusive" "f" {',
        '  role_name   = "x"',
        '  policy_arns = ["arn:aws:iam::aws:policy/AmazonS3FullAccess", var.arn]', // 31
        '}',
        '',
      ].join('\n'),
    })
    if (!r.stats.byFormat.terraform) return
    expect(findingsOf(r, RULE).map((f) => [f.resource, f.location.line])).toEqual([
      ['aws_iam_role.r', 6],
      ['aws_iam_role_policy_attachment.a', 10],
      ['aws_iam_user_policy_attachment.b', 14],
      ['aws_iam_policy_attachment.d', 23],
      ['aws_iam_role_policy_attachments_exclusive.f', 31],
    ])
    expect(findingsOf(r, RULE)[1]!.message).toBe(
      'IAM policy AdministratorAccess (AWS managed, attached in aws_iam_role_policy_attachment.a) allows every S3 action on every bucket (an Allow statement).',
    )
    expect(unknowns(r)).toEqual([])
  })
})
