// Signature vectors from Twilio's own Node library (issue 5 tests): random URLs and
// parameter sets, signed with twilio.getExpectedTwilioSignature. Deterministic (seeded).
// Usage: NODE_PATH=<dir>/node_modules node signatures.js [count] > vectors.json
'use strict';
const twilio = require('twilio');

let seed = 0x5eed1234;
function rnd() { // mulberry32
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const wild = [' ', '+', '&', '=', '%', '/', '?', '#', "'", '"', 'ä', 'ß', '€', '日本', '😀', '\n', ''];
function word(n, extra) {
    let s = '';
    for (let i = 0; i < n; ++i) s += extra && rnd() < 0.25 ? pick(wild) : pick(chars);
    return s;
}

const count = parseInt(process.argv[2] || '300', 10);
const hosts = ['abc123.ngrok-free.app', 'patchline.example.com', 'voice.example.org', '127.0.0.1'];
const names = ['CallSid', 'AccountSid', 'From', 'To', 'CallStatus', 'Direction', 'Digits',
               'SpeechResult', 'Caller', 'ApiVersion', 'SequenceNumber', 'var_customer',
               'Ümlaut', 'a', 'A', 'b_', 'AnsweredBy'];
const cases = [];
for (let i = 0; i < count; ++i) {
    const token = word(32, false);
    const https = rnd() < 0.8;
    let url = (https ? 'https://' : 'http://') + pick(hosts);
    if (rnd() < 0.2) url += ':' + pick(['8443', '8787', '3000']);
    const segments = Math.floor(rnd() * 3);
    url += '/';
    for (let s = 0; s < segments; ++s) url += word(1 + Math.floor(rnd() * 8), false) + '/';
    url += pick(['twilio/voice', 'twilio/status', 'twilio/media', '']);
    if (rnd() < 0.4) {
        const q = [];
        for (let k = 0; k < 1 + Math.floor(rnd() * 3); ++k)
            q.push(encodeURIComponent(word(3, false)) + '=' + encodeURIComponent(word(5, true)));
        url += '?' + q.join('&');
    }
    const params = {};
    for (let k = 0; k < Math.floor(rnd() * 9); ++k) {
        const name = rnd() < 0.7 ? pick(names) : word(1 + Math.floor(rnd() * 6), false);
        params[name] = rnd() < 0.15 ? [word(4, true), word(3, true), word(2, true)].slice(0, 2 + Math.floor(rnd() * 2))
                                    : word(Math.floor(rnd() * 12), true);
    }
    const signature = twilio.getExpectedTwilioSignature(token, url, params);
    // The same request as Twilio may sign it with the default port spelled out (§4.2).
    const u = new URL(url);
    let withPort = null;
    if (!u.port) {
        withPort = url.replace(u.host, u.host + (https ? ':443' : ':80'));
    }
    const signatureWithPort = withPort ? twilio.getExpectedTwilioSignature(token, withPort, params) : null;
    const valid = twilio.validateRequest(token, signature, url, params);
    cases.push({ token, url, params, signature, withPort, signatureWithPort, valid });
}
process.stdout.write(JSON.stringify({ library: require('twilio/package.json').version, cases }));
