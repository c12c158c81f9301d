// Two throwaway SSH servers on loopback ports, run as the current user, so a test can use GNU
// parallel's --sshlogin and plain `ssh host …` for real. Everything lives in one temp dir: host and
// user keys, sshd_config, authorized_keys, known_hosts and the client config with the aliases
// host1 and host2. Only the generated user key can log in, only from 127.0.0.1, only while the test
// runs (each server is also wrapped in `timeout`, so a crashed test cannot leave one behind).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface SshHosts {
  dir: string;
  /** The client config: `ssh -F <config> host1 …`. */
  config: string;
  hosts: string[];
  /** `ssh -F <config>`, shell-quoted, for `parallel --ssh`. */
  sshCommand: string;
  stop(): void;
}

/** Single-quote for a POSIX shell. */
export const sq = (s: string): string => `'${s.replaceAll("'", `'\\''`)}'`;

const SSHD = '/usr/sbin/sshd';
const LIFETIME_S = 300;

const runs = (cmd: string, args: string[]): boolean => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const onPath = (name: string): boolean => runs('sh', ['-c', `command -v ${name}`]);

/** Why the servers cannot be started here, or undefined when the tools are present. */
export function missingTools(): string | undefined {
  if (!fs.existsSync(SSHD)) return `${SSHD} not found (Debian: apt-get install openssh-server)`;
  for (const tool of ['ssh', 'ssh-keygen']) if (!onPath(tool)) return `${tool} not found (Debian: apt-get install openssh-client)`;
  const parallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
  if (!parallel.stdout?.includes('GNU parallel')) return 'GNU parallel not found (Debian: apt-get install parallel)';
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** True once something on the port answers with an SSH banner. */
function answersSsh(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (chunk) => done(chunk.toString('latin1').startsWith('SSH-2.0-')));
  });
}

async function waitForSsh(port: number, server: ChildProcess, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (server.exitCode !== null || server.signalCode !== null) return false;
    if (await answersSsh(port)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * Start two sshd servers and check that `ssh host1 true` and `ssh host2 true` log in. Resolves to the
 * hosts, or to a string saying why not (the caller skips with it). Servers started before a failure
 * are stopped.
 */
export async function startSshHosts(): Promise<SshHosts | string> {
  const missing = missingTools();
  if (missing) return missing;
  // sshd run by root needs its privilege-separation directory (Debian's ssh.service creates it at
  // boot, `RuntimeDirectory=sshd`; a container without systemd has none). Run by another user, sshd
  // does not chroot and does not need it.
  if (process.getuid?.() === 0 && !fs.existsSync('/run/sshd')) {
    try {
      fs.mkdirSync('/run/sshd', { mode: 0o755 });
    } catch (e) {
      return `cannot create /run/sshd, which sshd needs when run as root: ${(e as Error).message}`;
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-ssh-'));
  const servers: ChildProcess[] = [];
  const stop = () => {
    for (const s of servers) if (s.exitCode === null && s.signalCode === null) s.kill('SIGTERM');
  };
  const fail = (why: string): string => {
    stop();
    fs.rmSync(dir, { recursive: true, force: true });
    return why;
  };
  const user = os.userInfo().username;
  const file = (name: string) => path.join(dir, name);
  for (const key of ['host_key', 'user_key']) {
    const r = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `newsmark-test-${key}`, '-f', file(key)], { encoding: 'utf8' });
    if (r.status !== 0) return fail(`ssh-keygen failed: ${r.stderr}`);
  }
  fs.copyFileSync(file('user_key.pub'), file('authorized_keys'));
  fs.chmodSync(file('authorized_keys'), 0o600);

  const ports = [await freePort(), await freePort()];
  if (ports[0] === ports[1]) ports[1] = await freePort();
  const hosts = ['host1', 'host2'];
  const timeout = onPath('timeout');
  for (const [i, port] of ports.entries()) {
    const config = file(`sshd_config_${i + 1}`);
    fs.writeFileSync(
      config,
      [
        'ListenAddress 127.0.0.1',
        `Port ${port}`,
        `HostKey ${file('host_key')}`,
        `PidFile ${file(`sshd_${i + 1}.pid`)}`,
        `AuthorizedKeysFile ${file('authorized_keys')}`,
        // No PAM: it would want the system's login setup. StrictModes off: the key file sits under
        // /tmp, which is world-writable, and StrictModes checks every folder up to the root.
        'UsePAM no',
        'StrictModes no',
        'PubkeyAuthentication yes',
        'AuthenticationMethods publickey',
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        `AllowUsers ${user}`,
        'PermitRootLogin prohibit-password',
        'PrintMotd no',
        'LogLevel ERROR',
        '',
      ].join('\n'),
    );
    const check = spawnSync(SSHD, ['-t', '-f', config], { encoding: 'utf8' });
    if (check.status !== 0) return fail(`sshd refuses its config: ${check.stderr.trim()}`);
    // sshd must be started by its absolute path (it re-executes itself per connection); -D stays in
    // the foreground so this process owns it, -e logs to stderr.
    const args = [SSHD, '-D', '-e', '-f', config];
    const server = timeout ? spawn('timeout', [String(LIFETIME_S), ...args], { stdio: ['ignore', 'ignore', 'pipe'] }) : spawn(args[0]!, args.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    server.stderr!.on('data', (d) => (log += d));
    servers.push(server);
    if (!(await waitForSsh(port, server, 10_000))) return fail(`sshd did not start on 127.0.0.1:${port}: ${log.trim() || 'no answer within 10 s'}`);
  }

  const config = file('ssh_config');
  fs.writeFileSync(
    config,
    hosts
      .map((host, i) =>
        [
          `Host ${host}`,
          '  HostName 127.0.0.1',
          `  Port ${ports[i]}`,
          `  User ${user}`,
          `  IdentityFile ${file('user_key')}`,
          '  IdentitiesOnly yes',
          '  StrictHostKeyChecking no',
          `  UserKnownHostsFile ${file('known_hosts')}`,
          '  BatchMode yes',
          // quiet: no "Permanently added … to the list of known hosts" on stderr
          '  LogLevel ERROR',
          '',
        ].join('\n'),
      )
      .join(''),
  );
  for (const host of hosts) {
    const r = spawnSync('ssh', ['-F', config, host, 'true'], { encoding: 'utf8', timeout: 20_000 });
    if (r.status !== 0) return fail(`ssh ${host} (127.0.0.1:${ports[hosts.indexOf(host)]}) cannot log in: ${(r.stderr ?? '').trim() || `exit ${r.status}`}`);
  }
  return {
    dir,
    config,
    hosts,
    sshCommand: `ssh -F ${sq(config)}`,
    stop() {
      stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
