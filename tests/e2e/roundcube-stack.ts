import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { startSmtpFront, type SmtpFront } from './roundcube-mail';

/**
 * A real self-hosted webmail for the end-to-end tests, on loopback only: Roundcube (Debian's
 * package, served by PHP's built-in server), Dovecot for IMAP and delivery (LMTP), and a small
 * SMTP server in front of Dovecot's LMTP (roundcube-mail.ts). Everything is configured in one
 * temporary folder (Roundcube's SQLite database, Dovecot's configuration, a passwd-file with two
 * users, their Maildirs) and removed when the stack stops.
 */

/** The name the browser reaches Roundcube by (`--host-resolver-rules` maps it to 127.0.0.1): a plain-http, non-secure origin. */
export const MAIL_HOST = 'mail.example.test';

export type MailUser = { address: string; password: string };
export const USERS = {
  alice: { address: 'alice@example.test', password: 'alice-password' },
  bob: { address: 'bob@example.test', password: 'bob-password' },
} satisfies Record<string, MailUser>;

const INSTALL_SCRIPT = resolve('tests/e2e/roundcube-install.sh');
/** Roundcube's web root in Debian's package (index.php, and links to its skins and scripts). */
const ROUNDCUBE_WEB_ROOT = '/var/lib/roundcube/public_html';
const ROUNDCUBE_SHARE = '/usr/share/roundcube';
const ROUNDCUBE_DEFAULTS = '/etc/roundcube/defaults.inc.php';
const DOVECOT = '/usr/sbin/dovecot';

/**
 * Makes sure the Debian packages are there, installing them with apt-get when root
 * (tests/e2e/roundcube-install.sh). Returns why the tests cannot run, or undefined.
 */
export function roundcubeUnavailable(): string | undefined {
  const present = () =>
    [join(ROUNDCUBE_WEB_ROOT, 'index.php'), join(ROUNDCUBE_SHARE, 'SQL/sqlite.initial.sql'), DOVECOT, '/usr/lib/dovecot/imap', '/usr/lib/dovecot/lmtp'].every(
      (path) => existsSync(path),
    );
  try {
    execFileSync('bash', [INSTALL_SCRIPT], { stdio: ['ignore', 'inherit', 'pipe'], timeout: 600_000 });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim();
    return stderr.split('\n').pop() || `installing Roundcube and Dovecot failed (${INSTALL_SCRIPT})`;
  }
  if (!present()) return 'Roundcube or Dovecot is not where Debian puts them (/var/lib/roundcube, /usr/sbin/dovecot)';
  try {
    execFileSync('php', ['-r', 'exit(extension_loaded("pdo_sqlite") ? 0 : 1);'], { stdio: 'ignore' });
  } catch {
    return "PHP's SQLite driver is missing: apt-get install php-sqlite3";
  }
  return undefined;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

function accepting(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

type Service = { name: string; child: ChildProcess; log: string };

function tail(path: string, lines = 15): string {
  try {
    return readFileSync(path, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

async function waitForPort(service: Service, port: number, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null || service.child.signalCode !== null) break;
    if (await accepting(port)) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`${service.name} did not start on 127.0.0.1:${port}.\n${tail(service.log)}`);
}

/** Starts a server in a process group of its own, so stopping it stops its workers too. */
function start(name: string, command: string, args: string[], log: string, env: NodeJS.ProcessEnv = process.env): Service {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  const append = (chunk: Buffer) => writeFileSync(log, chunk, { flag: 'a' });
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return { name, child, log };
}

async function stop(service: Service): Promise<void> {
  const { child } = service;
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Stops the servers and removes the folder if this process dies without stopping them (a test
 * worker killed outright runs no teardown): a shell that waits for this process to be gone.
 */
function startWatchdog(groups: number[], dir: string): ChildProcess {
  const script = 'while kill -0 "$0" 2>/dev/null; do sleep 1; done; dir=$1; shift; for group in "$@"; do kill -KILL "-$group" 2>/dev/null; done; rm -rf "$dir"';
  const watchdog = spawn('sh', ['-c', script, String(process.pid), dir, ...groups.map(String)], { detached: true, stdio: 'ignore' });
  watchdog.unref();
  return watchdog;
}

function dovecotConfig(dir: string, ports: { imap: number; lmtp: number }, internalUser: string, loginUser: string, mailUid: number): string {
  return `# Written by tests/e2e/roundcube-stack.ts: a Dovecot on loopback for two test users.
base_dir = ${dir}/dovecot-run
state_dir = ${dir}/dovecot-state
log_path = ${dir}/dovecot.log
instance_name = steady-roundcube-${ports.imap}
protocols = imap lmtp
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = ${internalUser}
default_login_user = ${loginUser}
first_valid_uid = ${mailUid}
last_valid_uid = 0
first_valid_gid = 0
mail_location = maildir:~/Maildir
mail_fsync = never
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = passwd-file
  args = username_format=%u ${dir}/users
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${ports.imap}
  }
  inet_listener imaps {
    port = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = ${ports.lmtp}
  }
}
service anvil {
  chroot =
}
protocol lmtp {
  postmaster_address = postmaster@example.test
}
`;
}

function roundcubeConfig(dir: string, ports: { imap: number; smtp: number }): string {
  const php = (value: string) => `'${value.replace(/[\\']/g, (character) => `\\${character}`)}'`;
  return `<?php
// Written by tests/e2e/roundcube-stack.ts: Roundcube against the test Dovecot and SMTP server.
$config = [];
$config['db_dsnw'] = ${php(`sqlite:///${dir}/roundcube.db?mode=0600`)};
$config['imap_host'] = ${php(`127.0.0.1:${ports.imap}`)};
$config['smtp_host'] = ${php(`127.0.0.1:${ports.smtp}`)};
$config['smtp_user'] = '';
$config['smtp_pass'] = '';
$config['smtp_helo_host'] = ${php(MAIL_HOST)};
$config['mail_domain'] = 'example.test';
$config['des_key'] = ${php(randomBytes(12).toString('hex'))};
$config['product_name'] = 'Roundcube Webmail';
$config['support_url'] = '';
$config['plugins'] = [];
$config['skin'] = 'elastic';
$config['language'] = 'en_US';
$config['temp_dir'] = ${php(`${dir}/roundcube-temp/`)};
$config['log_dir'] = ${php(`${dir}/roundcube-logs/`)};
$config['log_driver'] = 'file';
$config['smtp_log'] = true;
$config['enable_spellcheck'] = false;
$config['enable_installer'] = false;
$config['create_default_folders'] = true;
$config['login_rate_limit'] = 0;
$config['session_lifetime'] = 60;
// No background refresh or autosave: the only requests are the ones a test makes.
$config['refresh_interval'] = 0;
$config['draft_autosave'] = 0;
$config['htmleditor'] = 0;
`;
}

export type RoundcubeStack = {
  /** http://mail.example.test:PORT */
  origin: string;
  imapPort: number;
  smtp: SmtpFront;
  /** The stack's folder: logs of Dovecot (dovecot.log), PHP (php.log) and Roundcube (roundcube-logs/). */
  dir: string;
  stop: () => Promise<void>;
};

/** Starts Dovecot, the SMTP front and Roundcube on free loopback ports. */
export async function startRoundcubeStack(): Promise<RoundcubeStack> {
  const dir = mkdtempSync(join(tmpdir(), 'steady-roundcube-'));
  // Dovecot's unprivileged processes read the passwd-file and write the Maildirs in here.
  chmodSync(dir, 0o755);
  const root = process.getuid?.() === 0;
  const me = userInfo();
  // As root, Dovecot's own users run its services and mail belongs to nobody; otherwise everything runs as this user.
  const mailUid = root ? 65534 : me.uid;
  const mailGid = root ? 65534 : me.gid;
  const mail = join(dir, 'mail');
  mkdirSync(mail);
  const users: string[] = [];
  for (const { address, password } of Object.values(USERS)) {
    const home = join(mail, address);
    mkdirSync(home);
    if (root) chownSync(home, mailUid, mailGid);
    users.push(`${address}:{PLAIN}${password}:${mailUid}:${mailGid}::${home}::`);
  }
  writeFileSync(join(dir, 'users'), `${users.join('\n')}\n`, { mode: 0o644 });

  const ports = { imap: await freePort(), lmtp: await freePort(), http: await freePort() };
  writeFileSync(join(dir, 'dovecot.conf'), dovecotConfig(dir, ports, root ? 'dovecot' : me.username, root ? 'dovenull' : me.username, mailUid));
  const services: Service[] = [];
  let smtp: SmtpFront | undefined;
  let watchdog: ChildProcess | undefined;
  const stopAll = async () => {
    watchdog?.kill('SIGKILL');
    await smtp?.close();
    await Promise.all(services.map(stop));
  };
  const onExit = () => {
    for (const { child } of services) if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  };
  process.once('exit', onExit);

  try {
    const dovecot = start('Dovecot', DOVECOT, ['-F', '-c', join(dir, 'dovecot.conf')], join(dir, 'dovecot.log'));
    services.push(dovecot);
    await waitForPort(dovecot, ports.imap);
    await waitForPort(dovecot, ports.lmtp);
    smtp = await startSmtpFront(ports.lmtp);

    const config = join(dir, 'roundcube-config');
    for (const sub of [config, join(dir, 'roundcube-temp'), join(dir, 'roundcube-logs')]) mkdirSync(sub);
    symlinkSync(ROUNDCUBE_DEFAULTS, join(config, 'defaults.inc.php'));
    if (existsSync('/etc/roundcube/mimetypes.php')) symlinkSync('/etc/roundcube/mimetypes.php', join(config, 'mimetypes.php'));
    writeFileSync(join(config, 'config.inc.php'), roundcubeConfig(dir, { imap: ports.imap, smtp: smtp.port }));
    execFileSync('php', [
      '-r',
      '$db = new PDO("sqlite:" . $argv[1]); $db->exec(file_get_contents($argv[2]));',
      join(dir, 'roundcube.db'),
      join(ROUNDCUBE_SHARE, 'SQL/sqlite.initial.sql'),
    ]);

    const php = start(
      'Roundcube (php -S)',
      'php',
      [
        '-S',
        `127.0.0.1:${ports.http}`,
        '-t',
        ROUNDCUBE_WEB_ROOT,
        '-d',
        `error_log=${dir}/php.log`,
        '-d',
        'log_errors=1',
        '-d',
        'display_errors=0',
        '-d',
        'opcache.enable_cli=1',
      ],
      join(dir, 'php.log'),
      // Debian's Roundcube reads its configuration folder from ROUNDCUBE_CONFIG_DIR; a few workers serve its parallel requests.
      { ...process.env, ROUNDCUBE_CONFIG_DIR: config, PHP_CLI_SERVER_WORKERS: '4' },
    );
    services.push(php);
    await waitForPort(php, ports.http);
    const login = await fetch(`http://127.0.0.1:${ports.http}/`);
    const page = await login.text();
    if (!page.includes('rcmloginuser'))
      throw new Error(`Roundcube did not show its login page (HTTP ${login.status}).\n${page.slice(0, 500)}\n${tail(join(dir, 'php.log'))}`);
    watchdog = startWatchdog(
      services.map(({ child }) => child.pid!),
      dir,
    );
  } catch (error) {
    await stopAll();
    process.removeListener('exit', onExit);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  return {
    origin: `http://${MAIL_HOST}:${ports.http}`,
    imapPort: ports.imap,
    smtp: smtp!,
    dir,
    stop: async () => {
      await stopAll();
      process.removeListener('exit', onExit);
      if (!process.env.STEADY_KEEP_ROUNDCUBE) rmSync(dir, { recursive: true, force: true });
    },
  };
}
