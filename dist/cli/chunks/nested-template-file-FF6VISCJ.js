import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  localTemplateOf,
  nestedTemplatePaths
} from "./chunk-BGGS6PCZ.js";
import "./chunk-YZ3DP3CV.js";
export {
  localTemplateOf,
  nestedTemplatePaths
};
