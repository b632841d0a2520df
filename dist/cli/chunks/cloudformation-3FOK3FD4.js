import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-YQ224OEM.js";
import "./chunk-Z5Z4WVMG.js";
import "./chunk-KEUICJJ2.js";
import "./chunk-Q3B52PZQ.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
