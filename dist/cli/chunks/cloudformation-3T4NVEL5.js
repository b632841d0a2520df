import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-PXMAOP4E.js";
import "./chunk-EPUDCTCM.js";
import "./chunk-44N5MDQX.js";
import "./chunk-KAQ22HMW.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
