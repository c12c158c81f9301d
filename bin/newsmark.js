#!/usr/bin/env node
import { launch } from '../dist/cli/launch.js';

process.exitCode = await launch();
