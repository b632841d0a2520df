import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-YYZA5XV4.js";
import "./chunk-TZBNEG75.js";
import "./chunk-BGGS6PCZ.js";
import "./chunk-IEOEEZND.js";
import "./chunk-MACH2FCT.js";
import "./chunk-4JMKQWPR.js";
import "./chunk-YZ3DP3CV.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
