import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-BSSVC5FY.js";
import "./chunk-CCN7PKZF.js";
import "./chunk-V4S4TWTY.js";
import "./chunk-ZUPV2Y2C.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
