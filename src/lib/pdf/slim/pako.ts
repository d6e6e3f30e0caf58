/** What pdf-lib uses of pako (`pako.deflate`, zlib format), from fflate: smaller and faster. */
import { zlibSync } from 'fflate';

export default {
	deflate: (data: Uint8Array) => zlibSync(data)
};
