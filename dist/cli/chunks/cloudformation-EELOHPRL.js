import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-KTPUDBUN.js";
import "./chunk-YLNSVULS.js";
import "./chunk-CPJLRX3K.js";
import "./chunk-CCZYSUUN.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
