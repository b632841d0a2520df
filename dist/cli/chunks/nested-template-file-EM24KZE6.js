import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  localTemplateOf,
  nestedTemplatePaths
} from "./chunk-Y2YF5CTW.js";
import "./chunk-PEQ4JKPF.js";
export {
  localTemplateOf,
  nestedTemplatePaths
};
