// `npm run prepare`: compiles the message files before anything else reads src/lib/messages/.
import { compileMessages } from './messages.js';

compileMessages();
