import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  localTemplateOf,
  nestedTemplatePaths
} from "./chunk-EKUX6ZTC.js";
import "./chunk-D254J4D5.js";
export {
  localTemplateOf,
  nestedTemplatePaths
};
