import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-VIYISL24.js";
import "./chunk-BIHZXO34.js";
import "./chunk-EWYN623N.js";
import "./chunk-67BDKXQZ.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
