import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-M4YK3XM7.js";
import "./chunk-ZPLK6WJN.js";
import "./chunk-BCK6LDNV.js";
import "./chunk-JJJPUUKO.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
