/**
 * A small typed consumer of the Tactile CRM API, written only against types generated from the
 * published spec (see docs/for-other-languages.md):
 *
 *   npx openapi-typescript published/tactile-openapi.yaml -o build/typescript/tactile-openapi.d.ts
 *   npx tsc -p examples/typescript        # strict; tsconfig.json maps "tactile-openapi" to that file
 *
 * It lists organisations and saves an opportunity, and turns the API's error envelope
 * (`{"status": "error", "messages": ...}` with HTTP 200) into an exception.
 */
import type { components, paths } from "tactile-openapi";

type Schemas = components["schemas"];
export type Organisation = Schemas["Organisation"];
type Messages = Schemas["Messages"];
type Envelope = { status: Schemas["Status"]; messages?: Messages };

type ListOrganisations = paths["/organisations"]["get"];
type ListOrganisationsQuery = NonNullable<ListOrganisations["parameters"]["query"]>;
type OrganisationList = ListOrganisations["responses"][200]["content"]["application/json"];

type SaveOpportunity = paths["/opportunities/save"]["post"];
export type SaveOpportunityBody = SaveOpportunity["requestBody"]["content"]["application/json"];
type Saved = SaveOpportunity["responses"][200]["content"]["application/json"];

/** The server answered `status: error`. */
export class TactileError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join("; ") || "the server answered status: error");
  }
}

/** The docs send messages as a list; the real server as an object keyed by field. Both are typed. */
export function messageList(messages: Messages | undefined): string[] {
  if (messages === undefined) return [];
  if (Array.isArray(messages)) return messages;
  return Object.entries(messages).map(([field, text]) => `${field}: ${text}`);
}

export class Tactile {
  constructor(
    private readonly baseUrl: string,
    private readonly apiToken: string,
  ) {}

  async listOrganisations(query: ListOrganisationsQuery = {}): Promise<Organisation[]> {
    const body = await this.call<OrganisationList>("GET", "/organisations", query);
    return body.organisations ?? [];
  }

  async saveOpportunity(body: SaveOpportunityBody): Promise<number> {
    const saved = await this.call<Saved>("POST", "/opportunities/save", {}, body);
    if (saved.id === undefined) throw new TactileError(["saved, but the response has no id"]);
    return saved.id;
  }

  private async call<T extends Envelope>(
    method: "GET" | "POST",
    path: string,
    query: Record<string, string | number | undefined>,
    body?: unknown,
  ): Promise<T> {
    const url = new URL(path, this.baseUrl);
    url.searchParams.set("api_token", this.apiToken);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const init: RequestInit = { method };
    if (body !== undefined) {
      init.headers = { "Content-Type": "application/json" };
      init.body = JSON.stringify(body);
    }
    const response = await fetch(url, init);
    const envelope = (await response.json()) as T;
    if (envelope.status === "error") throw new TactileError(messageList(envelope.messages));
    return envelope;
  }
}

export async function main(client: Tactile): Promise<void> {
  try {
    const organisations = await client.listOrganisations({ limit: 10, name: "bob*" });
    for (let i = 0; i < organisations.length; i++) {
      const name: string = organisations[i].name;
      const town: string | null = organisations[i].town;
      console.log(`${organisations[i].id}\t${name}\t${town ?? "-"}`);
    }
    const id = await client.saveOpportunity({
      Opportunity: { name: "Website Redesign", enddate: "2009-06-30", status_id: 1, probability: 80 },
    });
    console.log(`saved opportunity ${id}`);
  } catch (error) {
    if (error instanceof TactileError) console.error(`Tactile said no: ${error.messages.join(", ")}`);
    else throw error;
  }
}

/**
 * What the generated types rule out. Each marked line must fail to compile: if the types were `any`,
 * tsc would report the `@ts-expect-error` directive as unused and this file would not compile.
 */
export function ruledOut(organisation: Organisation): SaveOpportunityBody[] {
  // @ts-expect-error: Organisation has no field `nmae`.
  const typo: string = organisation.nmae;
  // @ts-expect-error: `town` may be null.
  const town: string = organisation.town;
  // @ts-expect-error: a created opportunity needs `enddate` and `status_id` (an update needs `id`).
  const incomplete: SaveOpportunityBody = { Opportunity: { name: "No end date" } };
  // @ts-expect-error: `probability` is a number.
  const wrongType: SaveOpportunityBody = { Opportunity: { id: 1234, probability: "80" } };
  void typo;
  void town;
  return [incomplete, wrongType];
}
