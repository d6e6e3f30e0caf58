import { launchFirefox } from './firefox';
import { walkTest } from './suite';

walkTest('Firefox ESR', launchFirefox);
