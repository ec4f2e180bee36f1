import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import forge from 'node-forge';

export interface ThrowawayTls {
  /** PEM of the CA: give it to a child process as NODE_EXTRA_CA_CERTS (`caFile`), or to `https.Agent({ ca })`. */
  caPem: string;
  caFile: string;
  /** The server's key and certificate (signed by the CA) for `https.createServer`. */
  key: string;
  cert: string;
}

const HOUR = 3_600_000;

/**
 * A certificate authority made for one test run and a server certificate for 127.0.0.1 and
 * localhost signed by it, so a child process can talk https to a local fake with ordinary
 * certificate checks on (nothing like NODE_TLS_REJECT_UNAUTHORIZED). Keys come from node:crypto
 * (fast); node-forge only writes the X.509 structures.
 */
export function throwawayTls(caFile: string): ThrowawayTls {
  const caKeys = rsaKeys();
  const serverKeys = rsaKeys();
  const caName = [{ name: 'commonName', value: 'ID06 bot tests, throwaway CA' }];

  const ca = certificate(caKeys.publicKey, caName, caName, [
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());

  const server = certificate(serverKeys.publicKey, [{ name: 'commonName', value: '127.0.0.1' }], caName, [
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        { type: 7, ip: '127.0.0.1' },
        { type: 2, value: 'localhost' },
      ],
    },
  ]);
  server.sign(caKeys.privateKey, forge.md.sha256.create());

  const caPem = forge.pki.certificateToPem(ca);
  writeFileSync(caFile, caPem);
  return { caPem, caFile, key: forge.pki.privateKeyToPem(serverKeys.privateKey), cert: forge.pki.certificateToPem(server) };
}

function rsaKeys(): { privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return {
    privateKey: forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey,
    publicKey: forge.pki.publicKeyFromPem(publicKey) as forge.pki.rsa.PublicKey,
  };
}

function certificate(
  publicKey: forge.pki.PublicKey,
  subject: forge.pki.CertificateField[],
  issuer: forge.pki.CertificateField[],
  extensions: object[],
) {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  // Positive serial: a leading 0x01 byte keeps the DER integer from reading as negative.
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - HOUR);
  cert.validity.notAfter = new Date(Date.now() + 24 * HOUR);
  cert.setSubject(subject);
  cert.setIssuer(issuer);
  cert.setExtensions(extensions);
  return cert;
}
