#!/usr/bin/env node
// The example CDK app s3-gate scans: `node synth.mjs` writes its cloud assembly to cdk.out/.
import { App } from 'aws-cdk-lib'
import { AnalyticsStage } from '../lib/analytics-stage.js'
import { StorageStack } from '../lib/storage-stack.js'

const app = new App()

new StorageStack(app, 'StorageStack', {
  description: 'Upload, archive and report buckets of the example app',
})

// A Stage is synthesised into its own nested cloud assembly (cdk.out/assembly-Prod/).
new AnalyticsStage(app, 'Prod')

app.synth()
