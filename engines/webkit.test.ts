import { consoleOnLoad, launchWebKit } from './webkit';
import { walkTest } from './suite';

walkTest('WebKitGTK', launchWebKit, consoleOnLoad);
