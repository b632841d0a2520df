import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-2DAAPHOV.js";
import "./chunk-BEQMC4PC.js";
import "./chunk-IK6XHOLK.js";
import "./chunk-E6UZYK3T.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
