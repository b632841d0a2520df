import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-SBOV3USR.js";
import "./chunk-RQTLOH57.js";
import "./chunk-RTZQTULN.js";
import "./chunk-JUJEALIP.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
