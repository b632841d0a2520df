import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-QIQBLKBD.js";
import "./chunk-QDYH6XZ3.js";
import "./chunk-NT3BIKPR.js";
import "./chunk-YLEWGBUB.js";
import "./chunk-QR6XH62N.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
