// Serves the build with deploy/nginx.conf through the machine's nginx, as the current user, on
// http://localhost:$PORT (default 4174): the end-to-end tests use it to check the configuration a host
// copies (npm run serve:nginx). Takes $PORT and $BUILD_DIR like scripts/serve.js; nginx runs in the
// foreground with everything it writes in a temporary folder, removed when it stops.
// $NGINX_ACCESS_LOG, when set, gets one line per response: status, bytes sent, path.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { networkInterfaces, tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';

const port = Number(process.env.PORT ?? 4174);
const root = resolve(process.env.BUILD_DIR ?? new URL('../build', import.meta.url).pathname);
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
if (!nginx) {
	console.error('nginx is not installed (on Debian: apt-get install nginx libnginx-mod-http-brotli-static).');
	process.exit(1);
}
if (!existsSync(join(root, '200.html'))) {
	console.error(`No build in ${root}. Run "npm run build" first.`);
	process.exit(1);
}

/** Debian's brotli module; without it the site file's brotli_static line goes (gzip only). */
const BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const brotli = existsSync(BROTLI);
const ipv6 = Object.values(networkInterfaces()).some((list) => list?.some((a) => a.address === '::1'));

let site = readFileSync(new URL('../deploy/nginx.conf', import.meta.url), 'utf8');
const replace = (/** @type {RegExp} */ pattern, /** @type {string} */ by) => {
	if (!pattern.test(site)) throw new Error(`deploy/nginx.conf: ${pattern} not found`);
	site = site.replace(pattern, by);
};
replace(/^\troot \/var\/www\/gesprekswijzer;$/m, `\troot ${root};`);
replace(/^\tlisten 80;$/m, `\tlisten 127.0.0.1:${port};`);
replace(/^\tlisten \[::\]:80;$/m, ipv6 ? `\tlisten [::1]:${port};` : '');
if (!brotli) replace(/^\tbrotli_static on;$/m, '');

const dir = mkdtempSync(join(tmpdir(), 'gw-nginx-'));
const log = process.env.NGINX_ACCESS_LOG;
writeFileSync(
	join(dir, 'nginx.conf'),
	`${brotli ? `load_module ${BROTLI};` : ''}
${process.getuid?.() === 0 ? `user ${userInfo().username};` : ''}
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	${log ? `log_format gw '$status $bytes_sent $uri'; access_log ${resolve(log)} gw;` : 'access_log off;'}
	client_body_temp_path ${dir}/body;
	proxy_temp_path ${dir}/proxy;
	fastcgi_temp_path ${dir}/fastcgi;
	uwsgi_temp_path ${dir}/uwsgi;
	scgi_temp_path ${dir}/scgi;
${site}
}
`
);

const check = spawnSync(nginx, ['-t', '-q', '-p', dir, '-c', 'nginx.conf', '-e', 'stderr'], {
	stdio: 'inherit'
});
if (check.status !== 0) process.exit(1);
const server = spawn(nginx, ['-p', dir, '-c', 'nginx.conf', '-e', 'stderr'], { stdio: 'inherit' });
console.log(
	`Gesprekswijzer (nginx${brotli ? ', brotli' : ', gzip only'}) is running at http://localhost:${port}`
);

const stop = () => server.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => {
	rmSync(dir, { recursive: true, force: true });
	process.exit(code ?? 0);
});
