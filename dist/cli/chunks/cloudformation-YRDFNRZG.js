import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-34B4NL4T.js";
import "./chunk-C33SRDCS.js";
import "./chunk-NT3BIKPR.js";
import "./chunk-J6ENWKSK.js";
import "./chunk-SOP6LSCD.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
