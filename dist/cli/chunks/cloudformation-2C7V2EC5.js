import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-R2RIW6FV.js";
import "./chunk-M6VZ6HMH.js";
import "./chunk-EKUX6ZTC.js";
import "./chunk-NT3BIKPR.js";
import "./chunk-GMOFO7FN.js";
import "./chunk-GXOG54JX.js";
import "./chunk-D254J4D5.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
