import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  localTemplateOf,
  nestedTemplatePaths
} from "./chunk-KZJAYCNI.js";
import "./chunk-LIWTLKFB.js";
export {
  localTemplateOf,
  nestedTemplatePaths
};
