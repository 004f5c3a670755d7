/**
 * Two real OpenID Connect providers on 127.0.0.1 (the `oidc-provider` package), configured like
 * ProConnect and Pro Santé Connect as the platform uses them (docs/produit.md#identites-externes):
 * their scopes and claims, client authentication, userinfo as a signed JWT, RS256 ID tokens with
 * acr/amr, PKCE required, RP-initiated logout. Started by scripts/e2e-server.ts next to the app;
 * never by `npm start`.
 *
 * The login page of each provider asks only for an identifier: a spec first registers that
 * identifier's claims (registerIdentity), each spec with its own, so parallel specs never meet.
 * `tamper` makes the token endpoint answer a forged ID token for that identity (signature broken,
 * or a valid signature over another nonce), to prove the app refuses both.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import { CompactEncrypt, exportJWK, generateKeyPair, importJWK, SignJWT, decodeJwt, decodeProtectedHeader, type JWK } from "jose";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import { OIDC_TEST, testEncryptionKey, type TestIdentity } from "./oidc";

type ServiceShape = {
  port: number;
  slug: string;
  clientId: string;
  clientSecret: string;
  tokenEndpointAuthMethod: "client_secret_post" | "client_secret_basic";
  scopes: string[];
  claims: Record<string, string[]>;
  /** Userinfo signed then encrypted to the app's public key (Pro Santé Connect can), else only signed. */
  encryptsUserinfo: boolean;
};

const SERVICES: ServiceShape[] = [
  {
    ...OIDC_TEST.proconnect,
    tokenEndpointAuthMethod: "client_secret_post",
    scopes: ["openid", "email", "given_name", "usual_name", "uid", "siret"],
    claims: { email: ["email"], given_name: ["given_name"], usual_name: ["usual_name"], uid: ["uid"], siret: ["siret"] },
    encryptsUserinfo: false,
  },
  {
    ...OIDC_TEST.proSanteConnect,
    tokenEndpointAuthMethod: "client_secret_basic",
    scopes: ["openid", "scope_all"],
    claims: { scope_all: ["SubjectNameID", "given_name", "family_name", "preferred_username", "email", "email_verified"] },
    encryptsUserinfo: true,
  },
];

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

async function formBody(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

async function startService(service: ServiceShape, appUrl: string): Promise<Server> {
  const identities = new Map<string, TestIdentity>();
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid: `${service.slug}-e2e`, alg: "RS256", use: "sig" };

  const configuration: Configuration = {
    clients: [
      {
        client_id: service.clientId,
        client_secret: service.clientSecret,
        redirect_uris: [`${appUrl}/api/oidc/${service.slug}/retour`],
        post_logout_redirect_uris: [`${appUrl}/`],
        token_endpoint_auth_method: service.tokenEndpointAuthMethod,
        id_token_signed_response_alg: "RS256",
        userinfo_signed_response_alg: "RS256",
        ...(service.encryptsUserinfo
          ? { jwks: { keys: [testEncryptionKey().publicJwk] }, userinfo_encrypted_response_alg: "RSA-OAEP-256", userinfo_encrypted_response_enc: "A256GCM" }
          : {}),
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [jwk] },
    scopes: service.scopes,
    // acr and amr under « openid »: the ID token only carries what its scopes name (how the person signed on, as both services say).
    claims: { openid: ["sub", "acr", "amr"], acr: null, amr: null, ...service.claims },
    pkce: { required: () => true },
    cookies: { keys: [`${service.slug}-e2e-cookie-key-0123456789`] },
    features: {
      devInteractions: { enabled: false },
      jwtUserinfo: { enabled: true },
      encryption: { enabled: service.encryptsUserinfo },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          ctx.body = page(
            "Déconnexion du fournisseur",
            `${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Se déconnecter du fournisseur</button>`,
          );
        },
      },
    },
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ sub, ...(identities.get(sub)?.claims ?? {}) }),
    }),
    interactions: { url: async (_ctx, interaction) => `/interaction/${interaction.uid}` },
  };
  const provider = new Provider(OIDC_TEST.issuer(service.port), configuration);

  // The forged answers of the token endpoint (see `tamper`).
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path !== "/token" || !body?.id_token) return;
    const claims = decodeJwt(body.id_token);
    const tamper = identities.get(String(claims.sub))?.tamper;
    if (tamper === "signature") {
      const [header, , signature] = body.id_token.split(".");
      const forged = Buffer.from(JSON.stringify({ ...claims, sub: "usurpateur" })).toString("base64url");
      ctx.body = { ...body, id_token: `${header}.${forged}.${signature}` };
    } else if (tamper === "nonce") {
      const header = decodeProtectedHeader(body.id_token);
      ctx.body = {
        ...body,
        id_token: await new SignJWT({ ...claims, nonce: "un-autre-nonce" }).setProtectedHeader({ alg: "RS256", kid: header.kid }).sign(privateKey),
      };
    }
  });

  // The forged answers of the userinfo endpoint (an encrypting service): encrypted to a key that is not
  // the app's, or to the app's key over claims whose signature is not the service's.
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path !== "/me" || typeof ctx.body !== "string" || !ctx.body.includes(".")) return;
    const sub = (ctx.oidc?.entities as { AccessToken?: { accountId?: string } } | undefined)?.AccessToken?.accountId;
    const tamper = sub ? identities.get(sub)?.tamper : undefined;
    if (!sub || (tamper !== "userinfo-key" && tamper !== "userinfo-signature")) return;
    const claims = { sub, ...identities.get(sub)?.claims, iss: OIDC_TEST.issuer(service.port), aud: service.clientId };
    if (tamper === "userinfo-key") {
      const { publicKey: stranger } = await generateKeyPair("RSA-OAEP-256");
      const signed = await new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: jwk.kid }).setIssuedAt().sign(privateKey);
      ctx.body = await new CompactEncrypt(new TextEncoder().encode(signed))
        .setProtectedHeader({ alg: "RSA-OAEP-256", enc: "A256GCM", cty: "JWT" })
        .encrypt(stranger);
    } else {
      const { privateKey: usurper } = await generateKeyPair("RS256");
      const forged = await new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: jwk.kid }).setIssuedAt().sign(usurper);
      const appKey = await importJWK(testEncryptionKey().publicJwk, "RSA-OAEP-256");
      ctx.body = await new CompactEncrypt(new TextEncoder().encode(forged))
        .setProtectedHeader({ alg: "RSA-OAEP-256", enc: "A256GCM", cty: "JWT", kid: testEncryptionKey().publicJwk.kid })
        .encrypt(appKey);
    }
  });

  const callback = provider.callback();
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? "/", OIDC_TEST.issuer(service.port));
      if (url.pathname === "/__test/identities" && request.method === "POST") {
        const chunks: Buffer[] = [];
        for await (const chunk of request) chunks.push(chunk as Buffer);
        const identity = JSON.parse(Buffer.concat(chunks).toString("utf8")) as TestIdentity;
        identities.set(identity.sub, identity);
        response.writeHead(204).end();
        return;
      }
      const interaction = /^\/interaction\/([\w-]+)$/.exec(url.pathname);
      if (interaction && request.method === "GET") {
        await provider.interactionDetails(request, response);
        response
          .writeHead(200, { "content-type": "text/html; charset=utf-8" })
          .end(
            page(
              `Fournisseur d'identité de test (${service.slug})`,
              `<form method="post"><label for="login">Identifiant</label><input id="login" name="login" autofocus><button type="submit">Valider</button></form>`,
            ),
          );
        return;
      }
      if (interaction && request.method === "POST") {
        const details = await provider.interactionDetails(request, response);
        const sub = (await formBody(request)).get("login") ?? "";
        const identity = identities.get(sub);
        if (!identity) {
          response.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end(`Identité de test inconnue : ${sub}`);
          return;
        }
        const grant = new provider.Grant({ accountId: sub, clientId: String(details.params.client_id) });
        grant.addOIDCScope(String(details.params.scope));
        const grantId = await grant.save();
        await provider.interactionFinished(
          request,
          response,
          { login: { accountId: sub, acr: identity.acr, amr: identity.amr }, consent: { grantId } },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      callback(request, response);
    } catch (error) {
      response.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(service.port, "127.0.0.1", resolve));
  return server;
}

/** Starts both providers; resolves with a function that stops them. */
export async function startTestProviders(appUrl: string): Promise<() => Promise<void>> {
  const servers = await Promise.all(SERVICES.map((service) => startService(service, appUrl)));
  return async () => {
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  };
}
