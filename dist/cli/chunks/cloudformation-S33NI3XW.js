import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-O5A7ASPP.js";
import "./chunk-JUJHTC65.js";
import "./chunk-26DXKOWJ.js";
import "./chunk-DKPGZVJG.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
