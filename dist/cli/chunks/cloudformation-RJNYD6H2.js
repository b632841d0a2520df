import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-LT2PMVQB.js";
import "./chunk-7XPIGETH.js";
import "./chunk-QZMDPUUB.js";
import "./chunk-CUBQY7YY.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
