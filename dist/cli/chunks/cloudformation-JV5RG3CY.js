import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-S4WLCT4A.js";
import "./chunk-7XPIGETH.js";
import "./chunk-RV652MUA.js";
import "./chunk-CUBQY7YY.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
