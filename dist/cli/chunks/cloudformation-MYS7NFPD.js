import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-LMR3MVK3.js";
import "./chunk-4CNNROMP.js";
import "./chunk-LMORUGUC.js";
import "./chunk-VD2YC3E5.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
