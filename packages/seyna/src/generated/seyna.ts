// Generated from specs/seyna by @partner-apis/typegen (openapi-typescript): do not edit.
// Regenerate with `pnpm turbo run generate`.
export interface paths {
    "/portfolios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List portfolios
         * @description Lists the portfolios the API key can access.
         *
         *     Inferred: Seyna's public material lists `GET /portfolios`, answering a list envelope of portfolios:
         *     the page is cut short before any such operation. The pagination parameters are inferred to be
         *     those the page documents for every list.
         *
         *     Paginated: pass the `next` of a page as `from` to get the following one; `next` is absent on
         *     the last page. `limit` sets the page size (1..100, default 10), `sort` the order (`asc` or
         *     `desc`, default `asc`).
         */
        get: operations["listPortfolios"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portfolios/{portfolio_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
            };
            cookie?: never;
        };
        /**
         * Get portfolio information
         * @description Access all the information relative to the portfolio id.
         *
         *     Documented by the page ("Get portfolio information"), whose response sample shows `object`
         *     and `id`; the other fields of the portfolio come from Seyna's public material. Only `object` and
         *     `id` are required, so the page's own sample is a valid answer (see `Portfolio`). The 401 and 404
         *     responses are inferred (the page shows no error response).
         */
        get: operations["getPortfolio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portfolios/{portfolio_id}/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
            };
            cookie?: never;
        };
        /**
         * List portfolio contracts
         * @description Lists the contracts of the portfolio: the latest version of each.
         *
         *     Documented by the page ("List portfolio contracts"): path, `from`, `limit`, `sort` and the list
         *     envelope. The contract item schema comes from Seyna's public material; the 400, 401 and 404 responses are
         *     inferred (the page shows no error response).
         *
         *     **Discrepancy resolved:** the page types `limit` as `number [ 1 .. 100 ]` but its pagination
         *     section calls it an integer; this contract declares an integer.
         *
         *     Paginated: pass the `next` of a page as `from` to get the following one; `next` is absent on
         *     the last page. `limit` sets the page size (1..100, default 10), `sort` the order (`asc` or
         *     `desc`, default `asc`).
         */
        get: operations["listContracts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portfolios/{portfolio_id}/contracts/{contract_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
                /** @description The contract id, chosen by the client when it first put the contract. */
                contract_id: components["parameters"]["ContractId"];
            };
            cookie?: never;
        };
        /**
         * Get a contract
         * @description Returns the latest version of the contract.
         *
         *     Inferred: Seyna's public material lists `GET /portfolios/{portfolio_id}/contracts/{contract_id}` (the page is cut short before this
         *     operation); that it answers the latest version of the contract is our reading.
         */
        get: operations["getContract"];
        /**
         * Create or update a contract
         * @description Creates the contract on the id the client chose, or stores a new version of it (our reading of
         *     "all objects are properly versioned"): every id except
         *     the portfolio's is chosen by the client, and objects are created and updated with `PUT`
         *     (there is no `POST` and no `DELETE`). An update must carry an appropriate `timestamp`.
         *
         *     Inferred: Seyna's public material lists `PUT` on this path and the fields of a contract (the page is
         *     cut short before this operation); the body (the contract without the fields Seyna manages) and
         *     the answer (the stored contract) are our reading.
         *
         *     The answer is `200` with the stored contract (its new `version` included), on creation as on
         *     update. Whether Seyna answers `201 Created` to a first `PUT` is not published; our reading (inferred):
         *     treat any 2xx alike.
         *     A body that does not satisfy the schema is rejected with `400` or `422` (which one is not
         *     published).
         */
        put: operations["upsertContract"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portfolios/{portfolio_id}/contract-versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
            };
            cookie?: never;
        };
        /**
         * List portfolio contract versions
         * @description Lists every stored version of every contract of the portfolio (one item per accepted
         *     `PUT`, on our reading), to follow how contracts changed over time.
         *
         *     Documented by the page ("List portfolio contract versions"): path, `from`, `limit`, `sort` and
         *     the list envelope. The item schema comes from Seyna's public material; the 400, 401 and 404 responses are
         *     inferred.
         *
         *     Paginated: pass the `next` of a page as `from` to get the following one; `next` is absent on
         *     the last page. `limit` sets the page size (1..100, default 10), `sort` the order (`asc` or
         *     `desc`, default `asc`).
         */
        get: operations["listContractVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portfolios/{portfolio_id}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
            };
            cookie?: never;
        };
        /**
         * List portfolio receipts
         * @description Lists the receipts of the portfolio: the latest version of each.
         *
         *     Inferred: Seyna's public material lists `GET /portfolios/{portfolio_id}/receipts`, answering a list envelope of receipts: the page is cut short before this operation. Parameters and envelope are
         *     those the page documents for the contract list.
         *
         *     Paginated: pass the `next` of a page as `from` to get the following one; `next` is absent on
         *     the last page. `limit` sets the page size (1..100, default 10), `sort` the order (`asc` or
         *     `desc`, default `asc`).
         */
        get: operations["listReceipts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portfolios/{portfolio_id}/receipts/{receipt_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
                /** @description The receipt id, chosen by the client when it first put the receipt. */
                receipt_id: components["parameters"]["ReceiptId"];
            };
            cookie?: never;
        };
        /**
         * Get a receipt
         * @description Returns the latest version of the receipt.
         *
         *     Inferred: Seyna's public material lists `GET /portfolios/{portfolio_id}/receipts/{receipt_id}` (the page is cut short before this
         *     operation); that it answers the latest version of the receipt is our reading.
         */
        get: operations["getReceipt"];
        /**
         * Create or update a receipt
         * @description Creates the receipt on the id the client chose, or stores a new version of it (our reading of
         *     "all objects are properly versioned"): every id except
         *     the portfolio's is chosen by the client, and objects are created and updated with `PUT`
         *     (there is no `POST` and no `DELETE`). An update must carry an appropriate `timestamp`.
         *
         *     Inferred: Seyna's public material lists `PUT` on this path and the fields of a receipt (the page is
         *     cut short before this operation); the body (the receipt without the fields Seyna manages) and
         *     the answer (the stored receipt) are our reading.
         *
         *     The answer is `200` with the stored receipt (its new `version` included), on creation as on
         *     update. Whether Seyna answers `201 Created` to a first `PUT` is not published; our reading (inferred):
         *     treat any 2xx alike.
         *     A body that does not satisfy the schema is rejected with `400` or `422` (which one is not
         *     published).
         */
        put: operations["upsertReceipt"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portfolios/{portfolio_id}/receipt-versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
            };
            cookie?: never;
        };
        /**
         * List portfolio receipt versions
         * @description Lists every stored version of every receipt of the portfolio (one item per accepted `PUT`, on our reading), to
         *     follow how receipts changed over time.
         *
         *     Inferred: Seyna's public material lists `GET /portfolios/{portfolio_id}/receipt-versions`; the page documents
         *     the same operation for contracts only. Parameters and envelope are those the page documents for
         *     the contract versions.
         *
         *     Paginated: pass the `next` of a page as `from` to get the following one; `next` is absent on
         *     the last page. `limit` sets the page size (1..100, default 10), `sort` the order (`asc` or
         *     `desc`, default `asc`).
         */
        get: operations["listReceiptVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portfolios/{portfolio_id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
            };
            cookie?: never;
        };
        /**
         * List portfolio claims
         * @description Lists the claims of the portfolio: the latest version of each.
         *
         *     Inferred: Seyna's public material lists `GET /portfolios/{portfolio_id}/claims`, answering a list envelope of claims: the page is cut short before this operation. Parameters and envelope are
         *     those the page documents for the contract list.
         *
         *     Paginated: pass the `next` of a page as `from` to get the following one; `next` is absent on
         *     the last page. `limit` sets the page size (1..100, default 10), `sort` the order (`asc` or
         *     `desc`, default `asc`).
         */
        get: operations["listClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portfolios/{portfolio_id}/claims/{claim_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
                /** @description The claim id, chosen by the client when it first put the claim. */
                claim_id: components["parameters"]["ClaimId"];
            };
            cookie?: never;
        };
        /**
         * Get a claim
         * @description Returns the latest version of the claim.
         *
         *     Inferred: Seyna's public material lists `GET /portfolios/{portfolio_id}/claims/{claim_id}` (the page is cut short before this
         *     operation); that it answers the latest version of the claim is our reading.
         */
        get: operations["getClaim"];
        /**
         * Create or update a claim
         * @description Creates the claim on the id the client chose, or stores a new version of it (our reading of
         *     "all objects are properly versioned"): every id except
         *     the portfolio's is chosen by the client, and objects are created and updated with `PUT`
         *     (there is no `POST` and no `DELETE`). An update must carry an appropriate `timestamp`.
         *
         *     Inferred: Seyna's public material lists `PUT` on this path and the fields of a claim (the page is
         *     cut short before this operation); the body (the claim without the fields Seyna manages) and
         *     the answer (the stored claim) are our reading.
         *
         *     The answer is `200` with the stored claim (its new `version` included), on creation as on
         *     update. Whether Seyna answers `201 Created` to a first `PUT` is not published; our reading (inferred):
         *     treat any 2xx alike.
         *     A body that does not satisfy the schema is rejected with `400` or `422` (which one is not
         *     published).
         */
        put: operations["upsertClaim"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portfolios/{portfolio_id}/claim-versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
            };
            cookie?: never;
        };
        /**
         * List portfolio claim versions
         * @description Lists every stored version of every claim of the portfolio (one item per accepted `PUT`, on our reading), to
         *     follow how claims changed over time.
         *
         *     Inferred: Seyna's public material lists `GET /portfolios/{portfolio_id}/claim-versions`; the page documents
         *     the same operation for contracts only. Parameters and envelope are those the page documents for
         *     the contract versions.
         *
         *     Paginated: pass the `next` of a page as `from` to get the following one; `next` is absent on
         *     the last page. `limit` sets the page size (1..100, default 10), `sort` the order (`asc` or
         *     `desc`, default `asc`).
         */
        get: operations["listClaimVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portfolios/{portfolio_id}/settlements": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
            };
            cookie?: never;
        };
        /**
         * List portfolio settlements
         * @description Lists the settlements of the portfolio: the latest version of each.
         *
         *     Inferred: Seyna's public material lists `GET /portfolios/{portfolio_id}/settlements`, answering a list envelope of settlements: the page is cut short before this operation. Parameters and envelope are
         *     those the page documents for the contract list.
         *
         *     Paginated: pass the `next` of a page as `from` to get the following one; `next` is absent on
         *     the last page. `limit` sets the page size (1..100, default 10), `sort` the order (`asc` or
         *     `desc`, default `asc`).
         */
        get: operations["listSettlements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portfolios/{portfolio_id}/settlements/{settlement_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
                /** @description The settlement id, chosen by the client when it first put the settlement. */
                settlement_id: components["parameters"]["SettlementId"];
            };
            cookie?: never;
        };
        /**
         * Get a settlement
         * @description Returns the latest version of the settlement.
         *
         *     Inferred: Seyna's public material lists `GET /portfolios/{portfolio_id}/settlements/{settlement_id}` (the page is cut short before this
         *     operation); that it answers the latest version of the settlement is our reading.
         */
        get: operations["getSettlement"];
        /**
         * Create or update a settlement
         * @description Creates the settlement on the id the client chose, or stores a new version of it (our reading of
         *     "all objects are properly versioned"): every id except
         *     the portfolio's is chosen by the client, and objects are created and updated with `PUT`
         *     (there is no `POST` and no `DELETE`). An update must carry an appropriate `timestamp`.
         *
         *     Inferred: Seyna's public material lists `PUT` on this path and the fields of a settlement (the page is
         *     cut short before this operation); the body (the settlement without the fields Seyna manages) and
         *     the answer (the stored settlement) are our reading.
         *
         *     The answer is `200` with the stored settlement (its new `version` included), on creation as on
         *     update. Whether Seyna answers `201 Created` to a first `PUT` is not published; our reading (inferred):
         *     treat any 2xx alike.
         *     A body that does not satisfy the schema is rejected with `400` or `422` (which one is not
         *     published).
         */
        put: operations["upsertSettlement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portfolios/{portfolio_id}/settlement-events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
            };
            cookie?: never;
        };
        /**
         * List portfolio settlement events
         * @description Lists every stored version of every settlement of the portfolio (one item per accepted `PUT`, on our reading).
         *
         *     Inferred: Seyna's public material lists `GET /portfolios/{portfolio_id}/settlement-events` (its published
         *     Node client says `settlement-events` where the three other objects say `*-versions`; this contract
         *     keeps the client's path). Its items are inferred to be settlements, one per stored version, like
         *     the items of the other version lists. Parameters and envelope are those the page documents for
         *     the contract list.
         *
         *     Paginated: pass the `next` of a page as `from` to get the following one; `next` is absent on
         *     the last page. `limit` sets the page size (1..100, default 10), `sort` the order (`asc` or
         *     `desc`, default `asc`).
         */
        get: operations["listSettlementEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Portfolio
         * @description A portfolio: the contracts of one insurance product distributed by one partner.
         *
         *     Documented: the page's "Get portfolio information" sample shows `object` and `id`. Inferred
         *     from Seyna's public material, which lists `product_id` and `timezone` (without `?`) and `name`
         *     and `live` (optional).
         *
         *     **Discrepancy resolved:** the page's sample shows only `object` and `id`, while Seyna's public
         *     material lists `product_id` and `timezone` without `?`. This contract requires only what both
         *     sources agree on (`object` and `id`), so that the page's own sample is a valid portfolio.
         *     `product_id` and `timezone` are optional here; that Seyna always sends them is our reading of
         *     its public material (inferred), not a rule of this contract. Open object: a field not listed
         *     here is accepted.
         */
        Portfolio: {
            /**
             * @description Always `portfolio`.
             * @constant
             */
            object: "portfolio";
            /**
             * @description The portfolio id, assigned by Seyna (the only id the client does not choose).
             * @example pf_home_2024
             */
            id: string;
            /**
             * @description The insurance product the portfolio's contracts subscribe to. Seyna's public material lists it as always
             *     present; the page's sample omits it, so it is optional here (see above).
             * @example prd_phone_cover
             */
            product_id?: string;
            /**
             * @description The IANA time zone of the portfolio (inferred from the field's name: Seyna's public material gives no format), in
             *     which accounting dates are computed from each object's `timestamp`. Seyna's public material lists it as
             *     always present; the page's sample omits it, so it is optional here (see above).
             * @example Europe/Paris
             */
            timezone?: string;
            /**
             * @description A display name of the portfolio.
             * @example Phone cover 2024
             */
            name?: string;
            /**
             * @description `true` for a production portfolio, `false` for a test one (inferred from the field's name
             *     in Seyna's public material).
             */
            live?: boolean;
        };
        /**
         * Portfolio list
         * @description One page of portfolios. Inferred: the page documents this envelope for contracts; Seyna's public material gives the
         *     same envelope for every list, `GET /portfolios` included.
         *
         *     To get the following page, pass `next` as the `from` query parameter; on the last page
         *     `next` is absent.
         *
         *     Open object: Seyna's public material lists these fields, not that a response carries no other, so a field not listed here is accepted (and not typed).
         */
        PortfolioList: {
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /**
             * @description The URL of the list. The page shows only the placeholder `"string"`. Our reading (inferred):
             *     it names the list that was requested; the examples show a path, which no source confirms.
             * @example /v2/portfolios
             */
            url: string;
            /** @description The portfolios of this page, at most `limit` of them, in `sort` order. */
            data: components["schemas"]["Portfolio"][];
            /**
             * @description The cursor of the following page, to send as `from`. Absent on the last page (never
             *     `null`, on our reading of "it will not be provided").
             * @example Y3RyLTAwMDEzMw
             */
            next?: string;
        };
        /**
         * Error
         * @description The body of every error response. Inferred from Seyna's public material,
         *     which gives `{ object: "error", status, type, msg }`: the page shows no error response. The
         *     values of `type` are not published; the examples are illustrative. Open object: a field not
         *     listed here is accepted.
         */
        Error: {
            /**
             * @description Always `error`.
             * @constant
             */
            object: "error";
            /**
             * @description The HTTP status of the response, repeated in the body (on our reading; Seyna's public material types it as a
             *     number, so no range is enforced).
             * @example 404
             */
            status: number;
            /**
             * @description A short machine-readable category of the error (values not published).
             * @example not_found
             */
            type: string;
            /**
             * @description A human-readable explanation of the error.
             * @example Contract ctr-000999 not found in portfolio pf_home_2024
             */
            msg: string;
        };
        /**
         * Date or date-time
         * @description A date (`2019-01-01`) or a date-time (`2019-01-01T00:00:00.000Z`, with a `Z` or an offset).
         *     When a time is not given, it defaults to `T00:00:00Z`: `2019-01-01` is short for
         *     `2019-01-01T00:00:00.000Z`. In a range (`start_*` / `end_*`), the end is the first instant not
         *     covered: `2019-01-01` to `2020-01-01` is exactly one year.
         * @example 2019-01-01
         * @example 2019-01-01T00:00:00.000Z
         */
        DateOrDateTime: string;
        /**
         * Individual
         * @description A natural person taking part in a contract (subscriber, insured or beneficiary). Inferred from
         *     Seyna's public material, which lists `name`, `address`, `email`,
         *     `phone`, `birthday` and `birthplace` on its individual entity; their string formats
         *     (one-line address, email) are our reading of the names and are not enforced, and `birthday` follows the API's rule that
         *     every date is a date or a date-time.
         *
         *     Open object: it appears in responses, where Seyna may send a field its public material does not list, so a field not listed here is accepted. In a `PUT` body the typed clients still reject a misspelled field at compile time (the generated type lists only these fields).
         */
        IndividualEntity: {
            /**
             * @description Always `individual`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "individual";
            /**
             * @description The full name of the person.
             * @example Camille Martin
             */
            name: string;
            /**
             * @description The postal address, on one line.
             * @example 12 rue des Lilas, 75011 Paris, France
             */
            address: string;
            /** @description The email address (no e-mail format is enforced; Seyna's public material states none). */
            email: string;
            /**
             * @description The phone number, preferably in E.164 form.
             * @example +33100000000
             */
            phone: string;
            /**
             * @description The date of birth: a date or a date-time, like every date of this API (a date alone means
             *     `T00:00:00Z`).
             */
            birthday: components["schemas"]["DateOrDateTime"];
            /**
             * @description The place of birth.
             * @example Lyon, France
             */
            birthplace: string;
        };
        /**
         * Company
         * @description A company (legal person) taking part in a contract (subscriber, insured or beneficiary). Inferred from Seyna's public material, which lists `name`,
         *     `registration`, `representative`, `address`, `email`, `phone`, `birthday` and
         *     `birthplace` on its company entity. For a legal person, `birthday` and `birthplace` are read
         *     as its date and place of registration (inferred from the shared field names).
         *
         *     Open object: it appears in responses, where Seyna may send a field its public material does not list, so a field not listed here is accepted. In a `PUT` body the typed clients still reject a misspelled field at compile time (the generated type lists only these fields).
         */
        CompanyEntity: {
            /**
             * @description Always `company`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "company";
            /**
             * @description The registered name.
             * @example Atelier Exemple SAS
             */
            name: string;
            /**
             * @description The company's registration number (in France, its SIREN or SIRET).
             * @example 123456789
             */
            registration: string;
            /**
             * @description The full name of its legal representative.
             * @example Louis Bernard
             */
            representative: string;
            /**
             * @description The postal address, on one line.
             * @example 12 rue des Lilas, 75011 Paris, France
             */
            address: string;
            /** @description The email address (no e-mail format is enforced; Seyna's public material states none). */
            email: string;
            /**
             * @description The phone number, preferably in E.164 form.
             * @example +33100000000
             */
            phone: string;
            /**
             * @description The date of registration (creation): a date or a date-time, like every date of this API (a date alone means
             *     `T00:00:00Z`).
             */
            birthday: components["schemas"]["DateOrDateTime"];
            /**
             * @description The place of registration.
             * @example Paris, France
             */
            birthplace: string;
        };
        /**
         * Nonprofit
         * @description A nonprofit organisation (in France, an association) taking part in a contract (subscriber, insured or beneficiary). Inferred from Seyna's public material, which lists `name`,
         *     `registration`, `representative`, `address`, `email`, `phone`, `birthday` and
         *     `birthplace` on its nonprofit entity. For a legal person, `birthday` and `birthplace` are read
         *     as its date and place of registration (inferred from the shared field names).
         *
         *     Open object: it appears in responses, where Seyna may send a field its public material does not list, so a field not listed here is accepted. In a `PUT` body the typed clients still reject a misspelled field at compile time (the generated type lists only these fields).
         */
        NonprofitEntity: {
            /**
             * @description Always `nonprofit`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "nonprofit";
            /**
             * @description The registered name.
             * @example Association Exemple
             */
            name: string;
            /**
             * @description The organisation's registration number (in France, its RNA number or SIREN).
             * @example 123456789
             */
            registration: string;
            /**
             * @description The full name of its legal representative.
             * @example Louis Bernard
             */
            representative: string;
            /**
             * @description The postal address, on one line.
             * @example 12 rue des Lilas, 75011 Paris, France
             */
            address: string;
            /** @description The email address (no e-mail format is enforced; Seyna's public material states none). */
            email: string;
            /**
             * @description The phone number, preferably in E.164 form.
             * @example +33100000000
             */
            phone: string;
            /**
             * @description The date of registration (creation): a date or a date-time, like every date of this API (a date alone means
             *     `T00:00:00Z`).
             */
            birthday: components["schemas"]["DateOrDateTime"];
            /**
             * @description The place of registration.
             * @example Paris, France
             */
            birthplace: string;
        };
        /**
         * Entity
         * @description A party to a contract: a natural person (`individual`), a company (`company`) or a nonprofit
         *     organisation (`nonprofit`), told apart by `type`. Inferred from Seyna's public material,
         *     which gives the entity as discriminated by `type`.
         */
        Entity: components["schemas"]["IndividualEntity"] | components["schemas"]["CompanyEntity"] | components["schemas"]["NonprofitEntity"];
        /**
         * Contract guarantee
         * @description The amounts of one guarantee of a contract, over the contract's whole cover period. Inferred
         *     from Seyna's public material, which lists the five numbers; the page does
         *     not describe them.
         *
         *     Amounts are decimal numbers in the portfolio's currency. When the contract is finished, each
         *     amount equals the sum of the same amount of the same guarantee over the contract's receipts.
         *
         *     Open object: it appears in responses, where Seyna may send a field its public material does not list, so a field not listed here is accepted. In a `PUT` body the typed clients still reject a misspelled field at compile time (the generated type lists only these fields).
         */
        ContractGuarantee: {
            /**
             * @description The premium of the guarantee, taxes excluded.
             * @example 120
             */
            premium: number;
            /**
             * @description The taxes on the premium.
             * @example 10.8
             */
            tax: number;
            /**
             * @description The discount granted on the premium.
             * @example 0
             */
            discount: number;
            /**
             * @description The broker's fee (commission) on the guarantee.
             * @example 12
             */
            broker_fee: number;
            /**
             * @description The acquisition cost of the guarantee.
             * @example 6
             */
            cost_acquisition: number;
        };
        /**
         * Contract guarantees
         * @description The guarantees of a contract, keyed by guarantee name (a name of the portfolio's product, such
         *     as `theft` or `breakage`). Inferred from Seyna's public material, which gives it as a map of
         *     contract guarantees.
         */
        ContractGuarantees: {
            [key: string]: components["schemas"]["ContractGuarantee"];
        };
        /**
         * Cancel reason
         * @description Why a contract was cancelled. Older Seyna documentation lists `request` (at the subscriber's
         *     request), `payment` (for non-payment) and `fraud`; nothing says the list is complete or current, so (our reading, inferred) the list is
         *     open: other values are accepted and may be returned. Treat an unknown value as "other".
         * @example request
         */
        CancelReason: ("request" | "payment" | "fraud") | string;
        /**
         * Contract
         * @description A contract: the technical, up-to-date view of a subscription, as stored by Seyna (the latest
         *     version, or one version in a `contract-versions` list).
         *
         *     Inferred from Seyna's public material (its other pages and its published Node client,
         *     `@seyna/api-client` 0.5.x), which lists these fields for a Contract: the page is cut short before the contract schema. Its principles are
         *     documented: when the contract is finished, its receipts' guarantees sum to its `guarantees`
         *     and its receipts' cover periods pave `start_cover_date` to `end_cover_date`; an early
         *     cancellation moves `end_cover_date` back and adjusts `guarantees`; a whole cancellation
         *     collapses `end_cover_date` to `start_cover_date`; a retractation collapses it too and sets
         *     every guarantee amount to zero.
         *
         *     Server-managed fields: `object` and `version` are set by Seyna and are not part of the `PUT`
         *     body; `version` is optional, as Seyna's public material types it (see `ContractInput`).
         *
         *     Open object: Seyna's public material lists these fields, not that a response carries no other, so a field not listed here is accepted (and not typed).
         */
        Contract: {
            /**
             * @description Always `contract`.
             * @constant
             */
            object: "contract";
            /**
             * @description The portfolio the contract belongs to.
             * @example pf_home_2024
             */
            portfolio_id: string;
            /**
             * @description The contract id, chosen by the client.
             * @example ctr-000123
             */
            id: string;
            /**
             * @description The product subscribed (the portfolio's `product_id`).
             * @example prd_phone_cover
             */
            product_id: string;
            /**
             * @description The version of the contract, set by Seyna. Optional: Seyna's public material types it as an
             *     optional number (`version?`), so a contract may come without it. Inferred (our reading of "all
             *     objects are properly versioned"): every accepted `PUT` stores a new version, numbered by
             *     integers counting up from 1 (not enforced: the public material types it as a number).
             * @example 1
             */
            version?: number;
            /**
             * @description The date of this information in the client's timeframe (when it became true in the
             *     partner's system); Seyna computes the accounting date from it. An update must carry an
             *     appropriate timestamp.
             */
            timestamp: components["schemas"]["DateOrDateTime"];
            /**
             * @description The contract's reference as the client shows it (its policy number).
             * @example POL-2024-000123
             */
            reference: string;
            /**
             * @description The client's id of the customer who subscribed.
             * @example cus-004217
             */
            customer_id: string;
            /**
             * @description When the contract was created in the client's system. Sent by the client: Seyna's public
             *     material lists it without `?` (our reading, inferred: a date of the client's system, not a
             *     Seyna storage date).
             */
            creation_date: components["schemas"]["DateOrDateTime"];
            /** @description When the contract was last updated in the client's system (sent by the client). */
            last_update: components["schemas"]["DateOrDateTime"];
            /** @description The subscriber(s) of the contract. */
            subscriber: components["schemas"]["Entity"][];
            /** @description The insured person(s) or organisation(s). */
            insured: components["schemas"]["Entity"][];
            /** @description The beneficiaries of the contract. */
            beneficiary: components["schemas"]["Entity"][];
            /**
             * @description How payments are split over the cover period (for example `monthly`, `quarterly`,
             *     `yearly`). The values are not published (Seyna's public material lists the field without values).
             * @example quarterly
             */
            splitting_type?: string;
            /**
             * @description The fee charged for paying in several instalments.
             * @example 0
             */
            splitting_fee?: number;
            /** @description When the subscriber subscribed. */
            subscription_date: components["schemas"]["DateOrDateTime"];
            /** @description When the contract was issued. */
            issuance_date: components["schemas"]["DateOrDateTime"];
            /** @description The first instant covered (a date alone means `T00:00:00Z`). */
            start_cover_date: components["schemas"]["DateOrDateTime"];
            /**
             * @description The first instant no longer covered: `2024-01-01` to `2025-01-01` is one year. Moved back
             *     on an early cancellation; equal to `start_cover_date` after a whole cancellation or a
             *     retractation.
             */
            end_cover_date: components["schemas"]["DateOrDateTime"];
            /**
             * @description The share of the risk carried by Seyna under coinsurance, from 0 to 1 (1 = all of it).
             * @example 1
             */
            coinsurance?: number;
            /**
             * @description A broker fee charged on top of the guarantees' own `broker_fee`, never negative.
             * @example 0
             */
            extra_broker_fee?: number;
            /**
             * @description The guarantees of the contract over its whole cover period. When the contract is finished,
             *     they equal the sum of its receipts' guarantees; after a retractation every amount is zero.
             */
            guarantees: components["schemas"]["ContractGuarantees"];
            /** @description When the contract was cancelled (absent while it is not). */
            cancel_date?: components["schemas"]["DateOrDateTime"];
            cancel_reason?: components["schemas"]["CancelReason"];
            /**
             * @description Guarantee amounts attached to the cancellation, in the same shape as `guarantees`. Seyna's
             *     public material gives only its shape; its meaning is not published.
             */
            cancel_guarantees?: components["schemas"]["ContractGuarantees"];
            /**
             * @description Free-form data specific to the product (device insured, options...). Its shape is agreed
             *     per product between the partner and Seyna; this contract does not constrain it.
             */
            product_data: {
                [key: string]: unknown;
            };
        };
        /**
         * Contract list
         * @description One page of contracts. Documented: the page's "List portfolio contracts" and "List portfolio
         *     contract versions" samples show this envelope (`object`, `url`, `data`, `next`) and its
         *     pagination section says `next` is not provided on the last page. The item type comes from
         *     Seyna's public material.
         *
         *     To get the following page, pass `next` as the `from` query parameter; on the last page
         *     `next` is absent.
         *
         *     Open object: Seyna's public material lists these fields, not that a response carries no other, so a field not listed here is accepted (and not typed).
         */
        ContractList: {
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /**
             * @description The URL of the list. The page shows only the placeholder `"string"`. Our reading (inferred):
             *     it names the list that was requested; the examples show a path, which no source confirms.
             * @example /v2/portfolios/pf_home_2024/contracts
             */
            url: string;
            /** @description The contracts of this page, at most `limit` of them, in `sort` order. */
            data: components["schemas"]["Contract"][];
            /**
             * @description The cursor of the following page, to send as `from`. Absent on the last page (never
             *     `null`, on our reading of "it will not be provided").
             * @example Y3RyLTAwMDEzMw
             */
            next?: string;
        };
        /**
         * Contract input
         * @description The body of `PUT /portfolios/{portfolio_id}/contracts/{contract_id}`: a contract without the
         *     fields Seyna manages. Inferred: Seyna's public material lists `PUT` on this path and the
         *     fields of a contract; that the body is the contract without the fields Seyna manages is our reading.
         *
         *     - `object` and `version` are left out: Seyna sets them (each accepted `PUT` stores a new
         *       version).
         *     - `portfolio_id` and `id` are optional: the path carries them. When present they must equal the
         *       path's values.
         *     - `creation_date` and `last_update` stay, and are required: Seyna's public material lists them
         *       without `?` on the contract (our reading, inferred: they date the contract in the client's own
         *       system, like `timestamp`, not in Seyna's storage).
         *
         *     The schema is closed: Seyna's public material lists the object's fields, so a misspelled field
         *     fails validation, in the mock and in typed clients, instead of being silently dropped. (Objects
         *     nested in the body, entities and guarantees, are open since they also appear in responses; the
         *     typed clients still check their fields.)
         */
        ContractInput: {
            /**
             * @description The portfolio the contract belongs to.
             * @example pf_home_2024
             */
            portfolio_id?: string;
            /**
             * @description The contract id, chosen by the client.
             * @example ctr-000123
             */
            id?: string;
            /**
             * @description The product subscribed (the portfolio's `product_id`).
             * @example prd_phone_cover
             */
            product_id: string;
            /**
             * @description The date of this information in the client's timeframe (when it became true in the
             *     partner's system); Seyna computes the accounting date from it. An update must carry an
             *     appropriate timestamp.
             */
            timestamp: components["schemas"]["DateOrDateTime"];
            /**
             * @description The contract's reference as the client shows it (its policy number).
             * @example POL-2024-000123
             */
            reference: string;
            /**
             * @description The client's id of the customer who subscribed.
             * @example cus-004217
             */
            customer_id: string;
            /**
             * @description When the contract was created in the client's system. Sent by the client: Seyna's public
             *     material lists it without `?` (our reading, inferred: a date of the client's system, not a
             *     Seyna storage date).
             */
            creation_date: components["schemas"]["DateOrDateTime"];
            /** @description When the contract was last updated in the client's system (sent by the client). */
            last_update: components["schemas"]["DateOrDateTime"];
            /** @description The subscriber(s) of the contract. */
            subscriber: components["schemas"]["Entity"][];
            /** @description The insured person(s) or organisation(s). */
            insured: components["schemas"]["Entity"][];
            /** @description The beneficiaries of the contract. */
            beneficiary: components["schemas"]["Entity"][];
            /**
             * @description How payments are split over the cover period (for example `monthly`, `quarterly`,
             *     `yearly`). The values are not published (Seyna's public material lists the field without values).
             * @example quarterly
             */
            splitting_type?: string;
            /**
             * @description The fee charged for paying in several instalments.
             * @example 0
             */
            splitting_fee?: number;
            /** @description When the subscriber subscribed. */
            subscription_date: components["schemas"]["DateOrDateTime"];
            /** @description When the contract was issued. */
            issuance_date: components["schemas"]["DateOrDateTime"];
            /** @description The first instant covered (a date alone means `T00:00:00Z`). */
            start_cover_date: components["schemas"]["DateOrDateTime"];
            /**
             * @description The first instant no longer covered: `2024-01-01` to `2025-01-01` is one year. Moved back
             *     on an early cancellation; equal to `start_cover_date` after a whole cancellation or a
             *     retractation.
             */
            end_cover_date: components["schemas"]["DateOrDateTime"];
            /**
             * @description The share of the risk carried by Seyna under coinsurance, from 0 to 1 (1 = all of it).
             * @example 1
             */
            coinsurance?: number;
            /**
             * @description A broker fee charged on top of the guarantees' own `broker_fee`, never negative.
             * @example 0
             */
            extra_broker_fee?: number;
            /**
             * @description The guarantees of the contract over its whole cover period. When the contract is finished,
             *     they equal the sum of its receipts' guarantees; after a retractation every amount is zero.
             */
            guarantees: components["schemas"]["ContractGuarantees"];
            /** @description When the contract was cancelled (absent while it is not). */
            cancel_date?: components["schemas"]["DateOrDateTime"];
            cancel_reason?: components["schemas"]["CancelReason"];
            /**
             * @description Guarantee amounts attached to the cancellation, in the same shape as `guarantees`. Seyna's
             *     public material gives only its shape; its meaning is not published.
             */
            cancel_guarantees?: components["schemas"]["ContractGuarantees"];
            /**
             * @description Free-form data specific to the product (device insured, options...). Its shape is agreed
             *     per product between the partner and Seyna; this contract does not constrain it.
             */
            product_data: {
                [key: string]: unknown;
            };
        };
        /**
         * Receipt guarantee
         * @description The amounts of one guarantee of a receipt, over the receipt's cover period. Inferred from
         *     Seyna's public material, which lists the same five numbers as on a
         *     contract guarantee; the page does not describe them.
         *
         *     Amounts are decimal numbers in the portfolio's currency. They are **negative** on a
         *     compensation receipt, emitted after an early cancellation to give back what earlier receipts
         *     charged past the contract's new end.
         *
         *     Open object: it appears in responses, where Seyna may send a field its public material does not list, so a field not listed here is accepted. In a `PUT` body the typed clients still reject a misspelled field at compile time (the generated type lists only these fields).
         */
        ReceiptGuarantee: {
            /**
             * @description The premium of the guarantee, taxes excluded.
             * @example 120
             */
            premium: number;
            /**
             * @description The taxes on the premium.
             * @example 10.8
             */
            tax: number;
            /**
             * @description The discount granted on the premium.
             * @example 0
             */
            discount: number;
            /**
             * @description The broker's fee (commission) on the guarantee.
             * @example 12
             */
            broker_fee: number;
            /**
             * @description The acquisition cost of the guarantee.
             * @example 6
             */
            cost_acquisition: number;
        };
        /**
         * Receipt guarantees
         * @description The guarantees of a receipt, keyed by the same guarantee names as its contract's. Inferred from
         *     Seyna's public material, which gives it as a map of receipt guarantees.
         */
        ReceiptGuarantees: {
            [key: string]: components["schemas"]["ReceiptGuarantee"];
        };
        /**
         * Receipt
         * @description A receipt: one element of the accounting stream of a contract (a premium call), as stored by
         *     Seyna (the latest version, or one version in a `receipt-versions` list).
         *
         *     Inferred from Seyna's public material (its other pages and its published Node client,
         *     `@seyna/api-client` 0.5.x), which lists these fields for a Receipt: the page is cut short before the receipt schema. Its principles are documented:
         *     a single payment gives one receipt with the contract's guarantees and cover period; split
         *     payments give several receipts whose guarantees sum to the contract's and whose cover periods
         *     pave the contract's, without gap or overlap; an early cancellation adds a compensation receipt
         *     with negative guarantees for what earlier receipts charged past the new end; a retracted
         *     contract's receipts are collapsed to `start_cover_date` with zero guarantees, and no negative
         *     receipt is emitted.
         *
         *     Server-managed fields: `object` and `version` are set by Seyna and are not part of the `PUT`
         *     body; `version` is optional, as Seyna's public material types it (see `ReceiptInput`).
         *
         *     Open object: Seyna's public material lists these fields, not that a response carries no other, so a field not listed here is accepted (and not typed).
         */
        Receipt: {
            /**
             * @description Always `receipt`.
             * @constant
             */
            object: "receipt";
            /**
             * @description The portfolio the receipt belongs to.
             * @example pf_home_2024
             */
            portfolio_id: string;
            /**
             * @description The contract the receipt belongs to.
             * @example ctr-000123
             */
            contract_id: string;
            /**
             * @description The product of its contract.
             * @example prd_phone_cover
             */
            product_id: string;
            /**
             * @description The receipt id, chosen by the client.
             * @example rct-000123-q1
             */
            id: string;
            /**
             * @description The version of the receipt, set by Seyna. Optional: Seyna's public material types it as an
             *     optional number (`version?`), so a receipt may come without it. Inferred (our reading of "all
             *     objects are properly versioned"): every accepted `PUT` stores a new version, numbered by
             *     integers counting up from 1 (not enforced: the public material types it as a number).
             * @example 1
             */
            version?: number;
            /**
             * @description The date of this information in the client's timeframe; Seyna computes the accounting date
             *     from it.
             */
            timestamp: components["schemas"]["DateOrDateTime"];
            /**
             * @description The receipt's reference as the client shows it (its invoice number).
             * @example INV-2024-000123-1
             */
            reference: string;
            /** @description When the receipt was issued. */
            issuance_date: components["schemas"]["DateOrDateTime"];
            /** @description When the receipt is due. */
            due_date: components["schemas"]["DateOrDateTime"];
            /** @description When the receipt was paid (absent while it is unpaid). */
            payment_date?: components["schemas"]["DateOrDateTime"];
            /** @description When the receipt was created in the client's system (sent by the client). */
            creation_date: components["schemas"]["DateOrDateTime"];
            /** @description When the receipt was last updated in the client's system (sent by the client). */
            last_update: components["schemas"]["DateOrDateTime"];
            /** @description The first instant covered by the receipt (a date alone means `T00:00:00Z`). */
            start_cover_date: components["schemas"]["DateOrDateTime"];
            /**
             * @description The first instant no longer covered by the receipt: the next receipt of the contract starts
             *     here.
             */
            end_cover_date: components["schemas"]["DateOrDateTime"];
            /**
             * @description The guarantees charged by the receipt over its cover period; negative on a compensation
             *     receipt, zero on a retracted contract's receipt.
             */
            guarantees: components["schemas"]["ReceiptGuarantees"];
            /**
             * @description Free-form data specific to the product. Its shape is agreed per product between the partner
             *     and Seyna; this contract does not constrain it.
             */
            product_data: {
                [key: string]: unknown;
            };
        };
        /**
         * Receipt list
         * @description One page of receipts. Inferred: the page documents this envelope for contracts; Seyna's public material gives the
         *     same envelope for every list, the receipt lists included.
         *
         *     To get the following page, pass `next` as the `from` query parameter; on the last page
         *     `next` is absent.
         *
         *     Open object: Seyna's public material lists these fields, not that a response carries no other, so a field not listed here is accepted (and not typed).
         */
        ReceiptList: {
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /**
             * @description The URL of the list. The page shows only the placeholder `"string"`. Our reading (inferred):
             *     it names the list that was requested; the examples show a path, which no source confirms.
             * @example /v2/portfolios/pf_home_2024/receipts
             */
            url: string;
            /** @description The receipts of this page, at most `limit` of them, in `sort` order. */
            data: components["schemas"]["Receipt"][];
            /**
             * @description The cursor of the following page, to send as `from`. Absent on the last page (never
             *     `null`, on our reading of "it will not be provided").
             * @example Y3RyLTAwMDEzMw
             */
            next?: string;
        };
        /**
         * Receipt input
         * @description The body of `PUT /portfolios/{portfolio_id}/receipts/{receipt_id}`: a receipt without the
         *     fields Seyna manages. Inferred: Seyna's public material lists `PUT` on this path and the
         *     fields of a receipt; that the body is the receipt without the fields Seyna manages is our reading.
         *
         *     - `object` and `version` are left out: Seyna sets them (each accepted `PUT` stores a new
         *       version).
         *     - `portfolio_id` and `id` are optional: the path carries them. When present they must equal the
         *       path's values. `contract_id` is required: it ties the receipt to its contract.
         *     - `creation_date` and `last_update` stay, and are required: Seyna's public material lists them
         *       without `?` on the receipt (our reading, inferred: they date the receipt in the client's own
         *       system, like `timestamp`, not in Seyna's storage).
         *
         *     The schema is closed: Seyna's public material lists the object's fields, so a misspelled field
         *     fails validation, in the mock and in typed clients, instead of being silently dropped. (Objects
         *     nested in the body, entities and guarantees, are open since they also appear in responses; the
         *     typed clients still check their fields.)
         */
        ReceiptInput: {
            /**
             * @description The portfolio the receipt belongs to.
             * @example pf_home_2024
             */
            portfolio_id?: string;
            /**
             * @description The contract the receipt belongs to.
             * @example ctr-000123
             */
            contract_id: string;
            /**
             * @description The product of its contract.
             * @example prd_phone_cover
             */
            product_id: string;
            /**
             * @description The receipt id, chosen by the client.
             * @example rct-000123-q1
             */
            id?: string;
            /**
             * @description The date of this information in the client's timeframe; Seyna computes the accounting date
             *     from it.
             */
            timestamp: components["schemas"]["DateOrDateTime"];
            /**
             * @description The receipt's reference as the client shows it (its invoice number).
             * @example INV-2024-000123-1
             */
            reference: string;
            /** @description When the receipt was issued. */
            issuance_date: components["schemas"]["DateOrDateTime"];
            /** @description When the receipt is due. */
            due_date: components["schemas"]["DateOrDateTime"];
            /** @description When the receipt was paid (absent while it is unpaid). */
            payment_date?: components["schemas"]["DateOrDateTime"];
            /** @description When the receipt was created in the client's system (sent by the client). */
            creation_date: components["schemas"]["DateOrDateTime"];
            /** @description When the receipt was last updated in the client's system (sent by the client). */
            last_update: components["schemas"]["DateOrDateTime"];
            /** @description The first instant covered by the receipt (a date alone means `T00:00:00Z`). */
            start_cover_date: components["schemas"]["DateOrDateTime"];
            /**
             * @description The first instant no longer covered by the receipt: the next receipt of the contract starts
             *     here.
             */
            end_cover_date: components["schemas"]["DateOrDateTime"];
            /**
             * @description The guarantees charged by the receipt over its cover period; negative on a compensation
             *     receipt, zero on a retracted contract's receipt.
             */
            guarantees: components["schemas"]["ReceiptGuarantees"];
            /**
             * @description Free-form data specific to the product. Its shape is agreed per product between the partner
             *     and Seyna; this contract does not constrain it.
             */
            product_data: {
                [key: string]: unknown;
            };
        };
        /**
         * Claim guarantee
         * @description The amounts of a claim under one guarantee. Documented: the page's "Claim value" and "Claim
         *     life cycle" sections name these seven values; their number type comes from Seyna's public material.
         *
         *     The claim value, the only value with an accounting significance, is
         *     `paid + outstanding + management_paid + management_outstanding - subrogation_paid - subrogation_outstanding`.
         *     For `fgu_claim` the page says: "we require a last value, called fgu_claim (for from the ground
         *     up claim), equal to the above value, but includes financial conditions, sur as : deductible,
         *     waiting period, ceiling, etc...". What it means precisely is our reading (see the field).
         *
         *     Each increase of a `*_paid` value is matched by a settlement of the same amount, and the
         *     matching `*_outstanding` value usually decreases accordingly; a closed claim has every
         *     `*_outstanding` value at zero.
         *
         *     **Discrepancy resolved:** the page's life-cycle section writes `management_outstandig`; its
         *     claim-value formula and Seyna's public material spell `management_outstanding`, which this contract
         *     uses.
         *
         *     Open object: it appears in responses, where Seyna may send a field its public material does not list, so a field not listed here is accepted. In a `PUT` body the typed clients still reject a misspelled field at compile time (the generated type lists only these fields).
         */
        ClaimGuarantee: {
            /**
             * @description The *from the ground up* claim. The page: "equal to the above value, but includes financial
             *     conditions, sur as : deductible, waiting period, ceiling, etc...".
             *
             *     Our reading (inferred): the claim value before the contract's financial conditions
             *     (deductible, waiting period, ceiling...) reduce it, as "from the ground up" usually means in
             *     insurance, reported by the client rather than derived by Seyna. The page's words "includes
             *     financial conditions" could also be read the other way: ask Seyna when the difference
             *     matters.
             * @example 580
             */
            fgu_claim: number;
            /**
             * @description The indemnity paid so far (the sum of the settlements' `paid`).
             * @example 200
             */
            paid: number;
            /**
             * @description The indemnity still expected to be paid (zero once the claim is closed).
             * @example 300
             */
            outstanding: number;
            /**
             * @description The claim management costs paid so far (the sum of the settlements' `management_paid`).
             * @example 20
             */
            management_paid: number;
            /**
             * @description The claim management costs still expected.
             * @example 10
             */
            management_outstanding: number;
            /**
             * @description The amount recovered so far from a liable third party (subrogation), which reduces the
             *     claim value (the sum of the settlements' `subrogation_paid`).
             * @example 0
             */
            subrogation_paid: number;
            /**
             * @description The amount still expected to be recovered from a liable third party.
             * @example 0
             */
            subrogation_outstanding: number;
        };
        /**
         * Claim guarantees
         * @description The amounts of a claim, keyed by the name of the guarantee of the contract that covers them.
         *     Inferred from Seyna's public material, which gives it as a map of claim guarantees.
         */
        ClaimGuarantees: {
            [key: string]: components["schemas"]["ClaimGuarantee"];
        };
        /**
         * Claim
         * @description A claim: the technical, up-to-date view of a claim on a contract, as stored by Seyna (the latest
         *     version, or one version in a `claim-versions` list).
         *
         *     Inferred from Seyna's public material (its other pages and its published Node client,
         *     `@seyna/api-client` 0.5.x), which lists these fields for a Claim: the page is cut short before the claim schema. Its life cycle is documented: a
         *     claim opens with an `outstanding` value; each increase of a paid value (`paid`,
         *     `management_paid`, `subrogation_paid`) is matched by a settlement of the same amount and the
         *     outstanding value usually decreases accordingly; the claim closes with every outstanding value
         *     at zero.
         *
         *     Server-managed fields: `object` and `version` are set by Seyna and are not part of the `PUT`
         *     body; `version` is optional, as Seyna's public material types it (see `ClaimInput`).
         *
         *     Open object: Seyna's public material lists these fields, not that a response carries no other, so a field not listed here is accepted (and not typed).
         */
        Claim: {
            /**
             * @description Always `claim`.
             * @constant
             */
            object: "claim";
            /**
             * @description The portfolio the claim belongs to.
             * @example pf_home_2024
             */
            portfolio_id: string;
            /**
             * @description The contract the claim is made on.
             * @example ctr-000123
             */
            contract_id: string;
            /**
             * @description The product of its contract.
             * @example prd_phone_cover
             */
            product_id: string;
            /**
             * @description The claim id, chosen by the client.
             * @example clm-000045
             */
            id: string;
            /**
             * @description The version of the claim, set by Seyna. Optional: Seyna's public material types it as an
             *     optional number (`version?`), so a claim may come without it. Inferred (our reading of "all
             *     objects are properly versioned"): every accepted `PUT` stores a new version, numbered by
             *     integers counting up from 1 (not enforced: the public material types it as a number).
             * @example 1
             */
            version?: number;
            /**
             * @description The date of this information in the client's timeframe; Seyna computes the accounting date
             *     from it.
             */
            timestamp: components["schemas"]["DateOrDateTime"];
            /**
             * @description The claim's reference as the client shows it (its claim file number).
             * @example CLM-2024-000045
             */
            reference: string;
            /**
             * @description Where the claim is in its life cycle. The page's life cycle says a claim "is open" and then
             *     "is closed"; Seyna's public material publishes no list of values. Inferred (our reading): the
             *     values `open` and `closed` in the examples come from those words, and other values may appear.
             * @example open
             * @example closed
             */
            status: string;
            /** @description When the claim was created in the client's system (sent by the client). */
            creation_date: components["schemas"]["DateOrDateTime"];
            /** @description When the claim was last updated in the client's system (sent by the client). */
            last_update: components["schemas"]["DateOrDateTime"];
            /**
             * @description When the insured event occurred. Spelled `occurence_date` (one `r`), as Seyna's public
             *     material spells it: the provider's spelling is kept so requests match the API.
             */
            occurence_date: components["schemas"]["DateOrDateTime"];
            /**
             * @description Where the insured event occurred. Spelled `occurence_location` (one `r`) as Seyna's
             *     public material spells it: the provider's spelling is kept so requests match the API.
             * @example Paris, France
             */
            occurence_location: string;
            /** @description When the claim was notified to the client. */
            notification_date: components["schemas"]["DateOrDateTime"];
            /**
             * @description The kind of claim, in the product's own terms (values not published).
             * @example theft
             */
            claim_type: string;
            /**
             * @description Why the claim's amounts were last revalued (absent when they were not).
             * @example expert report received
             */
            revaluation_reason?: string;
            /** @description The amounts of the claim, per guarantee of its contract. */
            guarantees: components["schemas"]["ClaimGuarantees"];
            /**
             * @description Free-form data specific to the product. Its shape is agreed per product between the partner
             *     and Seyna; this contract does not constrain it.
             */
            product_data: {
                [key: string]: unknown;
            };
        };
        /**
         * Claim list
         * @description One page of claims. Inferred: the page documents this envelope for contracts; Seyna's public material gives the
         *     same envelope for every list, the claim lists included.
         *
         *     To get the following page, pass `next` as the `from` query parameter; on the last page
         *     `next` is absent.
         *
         *     Open object: Seyna's public material lists these fields, not that a response carries no other, so a field not listed here is accepted (and not typed).
         */
        ClaimList: {
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /**
             * @description The URL of the list. The page shows only the placeholder `"string"`. Our reading (inferred):
             *     it names the list that was requested; the examples show a path, which no source confirms.
             * @example /v2/portfolios/pf_home_2024/claims
             */
            url: string;
            /** @description The claims of this page, at most `limit` of them, in `sort` order. */
            data: components["schemas"]["Claim"][];
            /**
             * @description The cursor of the following page, to send as `from`. Absent on the last page (never
             *     `null`, on our reading of "it will not be provided").
             * @example Y3RyLTAwMDEzMw
             */
            next?: string;
        };
        /**
         * Claim input
         * @description The body of `PUT /portfolios/{portfolio_id}/claims/{claim_id}`: a claim without the
         *     fields Seyna manages. Inferred: Seyna's public material lists `PUT` on this path and the
         *     fields of a claim; that the body is the claim without the fields Seyna manages is our reading.
         *
         *     - `object` and `version` are left out: Seyna sets them (each accepted `PUT` stores a new
         *       version).
         *     - `portfolio_id` and `id` are optional: the path carries them. When present they must equal the
         *       path's values. `contract_id` is required: it ties the claim to its contract.
         *     - `creation_date` and `last_update` stay, and are required: Seyna's public material lists them
         *       without `?` on the claim (our reading, inferred: they date the claim in the client's own
         *       system, like `timestamp`, not in Seyna's storage).
         *
         *     The schema is closed: Seyna's public material lists the object's fields, so a misspelled field
         *     fails validation, in the mock and in typed clients, instead of being silently dropped. (Objects
         *     nested in the body, entities and guarantees, are open since they also appear in responses; the
         *     typed clients still check their fields.)
         */
        ClaimInput: {
            /**
             * @description The portfolio the claim belongs to.
             * @example pf_home_2024
             */
            portfolio_id?: string;
            /**
             * @description The contract the claim is made on.
             * @example ctr-000123
             */
            contract_id: string;
            /**
             * @description The product of its contract.
             * @example prd_phone_cover
             */
            product_id: string;
            /**
             * @description The claim id, chosen by the client.
             * @example clm-000045
             */
            id?: string;
            /**
             * @description The date of this information in the client's timeframe; Seyna computes the accounting date
             *     from it.
             */
            timestamp: components["schemas"]["DateOrDateTime"];
            /**
             * @description The claim's reference as the client shows it (its claim file number).
             * @example CLM-2024-000045
             */
            reference: string;
            /**
             * @description Where the claim is in its life cycle. The page's life cycle says a claim "is open" and then
             *     "is closed"; Seyna's public material publishes no list of values. Inferred (our reading): the
             *     values `open` and `closed` in the examples come from those words, and other values may appear.
             * @example open
             * @example closed
             */
            status: string;
            /** @description When the claim was created in the client's system (sent by the client). */
            creation_date: components["schemas"]["DateOrDateTime"];
            /** @description When the claim was last updated in the client's system (sent by the client). */
            last_update: components["schemas"]["DateOrDateTime"];
            /**
             * @description When the insured event occurred. Spelled `occurence_date` (one `r`), as Seyna's public
             *     material spells it: the provider's spelling is kept so requests match the API.
             */
            occurence_date: components["schemas"]["DateOrDateTime"];
            /**
             * @description Where the insured event occurred. Spelled `occurence_location` (one `r`) as Seyna's
             *     public material spells it: the provider's spelling is kept so requests match the API.
             * @example Paris, France
             */
            occurence_location: string;
            /** @description When the claim was notified to the client. */
            notification_date: components["schemas"]["DateOrDateTime"];
            /**
             * @description The kind of claim, in the product's own terms (values not published).
             * @example theft
             */
            claim_type: string;
            /**
             * @description Why the claim's amounts were last revalued (absent when they were not).
             * @example expert report received
             */
            revaluation_reason?: string;
            /** @description The amounts of the claim, per guarantee of its contract. */
            guarantees: components["schemas"]["ClaimGuarantees"];
            /**
             * @description Free-form data specific to the product. Its shape is agreed per product between the partner
             *     and Seyna; this contract does not constrain it.
             */
            product_data: {
                [key: string]: unknown;
            };
        };
        /**
         * Settlement guarantee
         * @description The amounts of one payment of a claim under one guarantee. Inferred from Seyna's public material,
         *     which lists these three numbers; the page says a settlement carries "the corresponding
         *     value" of each increase of the claim's paid values. Summed over a claim's settlements, each
         *     equals the same value of the claim's guarantee.
         *
         *     Open object: it appears in responses, where Seyna may send a field its public material does not list, so a field not listed here is accepted. In a `PUT` body the typed clients still reject a misspelled field at compile time (the generated type lists only these fields).
         */
        SettlementGuarantee: {
            /**
             * @description The indemnity paid by this settlement.
             * @example 200
             */
            paid: number;
            /**
             * @description The claim management costs paid by this settlement.
             * @example 20
             */
            management_paid: number;
            /**
             * @description The amount recovered from a liable third party by this settlement.
             * @example 0
             */
            subrogation_paid: number;
        };
        /**
         * Settlement guarantees
         * @description The amounts paid by a settlement, keyed by the same guarantee names as its claim's. Inferred
         *     from Seyna's public material, which gives it as a map of settlement guarantees.
         */
        SettlementGuarantees: {
            [key: string]: components["schemas"]["SettlementGuarantee"];
        };
        /**
         * Settlement
         * @description A settlement: one payment of a claim (the claim's accounting stream), as stored by Seyna (the
         *     latest version, or one entry of a `settlement-events` list).
         *
         *     Inferred from Seyna's public material (its other pages and its published Node client,
         *     `@seyna/api-client` 0.5.x), which lists these fields for a Settlement: the page is cut short before the settlement schema. Its principle is
         *     documented: each time a paid value of the claim increases, a settlement with the corresponding
         *     value is emitted, so a claim's settlements add up to its paid values per guarantee.
         *
         *     Server-managed fields: `object` and `version` are set by Seyna and are not part of the `PUT`
         *     body; `version` is optional, as Seyna's public material types it (see `SettlementInput`).
         *
         *     Open object: Seyna's public material lists these fields, not that a response carries no other, so a field not listed here is accepted (and not typed).
         */
        Settlement: {
            /**
             * @description Always `settlement`.
             * @constant
             */
            object: "settlement";
            /**
             * @description The portfolio the settlement belongs to.
             * @example pf_home_2024
             */
            portfolio_id: string;
            /**
             * @description The claim the settlement pays.
             * @example clm-000045
             */
            claim_id: string;
            /**
             * @description The product of its claim's contract.
             * @example prd_phone_cover
             */
            product_id: string;
            /**
             * @description The settlement id, chosen by the client.
             * @example stl-000045-1
             */
            id: string;
            /**
             * @description The version of the settlement, set by Seyna. Optional: Seyna's public material types it as an
             *     optional number (`version?`), so a settlement may come without it. Inferred (our reading of "all
             *     objects are properly versioned"): every accepted `PUT` stores a new version, numbered by
             *     integers counting up from 1 (not enforced: the public material types it as a number).
             * @example 1
             */
            version?: number;
            /**
             * @description The date of this information in the client's timeframe; Seyna computes the accounting date
             *     from it.
             */
            timestamp: components["schemas"]["DateOrDateTime"];
            /**
             * @description The settlement's reference as the client shows it (its payment reference).
             * @example PAY-2024-000045-1
             */
            reference: string;
            /** @description When the settlement was paid. */
            payment_date: components["schemas"]["DateOrDateTime"];
            /** @description When the settlement was created in the client's system (sent by the client). */
            creation_date: components["schemas"]["DateOrDateTime"];
            /** @description When the settlement was last updated in the client's system (sent by the client). */
            last_update: components["schemas"]["DateOrDateTime"];
            /** @description The amounts paid, per guarantee of the claim. */
            guarantees: components["schemas"]["SettlementGuarantees"];
            /**
             * @description Free-form data specific to the product. Its shape is agreed per product between the partner
             *     and Seyna; this contract does not constrain it.
             */
            product_data: {
                [key: string]: unknown;
            };
        };
        /**
         * Settlement list
         * @description One page of settlements. Inferred: the page documents this envelope for contracts; Seyna's public material gives the
         *     same envelope for every list, the settlement lists included.
         *
         *     To get the following page, pass `next` as the `from` query parameter; on the last page
         *     `next` is absent.
         *
         *     Open object: Seyna's public material lists these fields, not that a response carries no other, so a field not listed here is accepted (and not typed).
         */
        SettlementList: {
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /**
             * @description The URL of the list. The page shows only the placeholder `"string"`. Our reading (inferred):
             *     it names the list that was requested; the examples show a path, which no source confirms.
             * @example /v2/portfolios/pf_home_2024/settlements
             */
            url: string;
            /** @description The settlements of this page, at most `limit` of them, in `sort` order. */
            data: components["schemas"]["Settlement"][];
            /**
             * @description The cursor of the following page, to send as `from`. Absent on the last page (never
             *     `null`, on our reading of "it will not be provided").
             * @example Y3RyLTAwMDEzMw
             */
            next?: string;
        };
        /**
         * Settlement input
         * @description The body of `PUT /portfolios/{portfolio_id}/settlements/{settlement_id}`: a settlement without the
         *     fields Seyna manages. Inferred: Seyna's public material lists `PUT` on this path and the
         *     fields of a settlement; that the body is the settlement without the fields Seyna manages is our reading.
         *
         *     - `object` and `version` are left out: Seyna sets them (each accepted `PUT` stores a new
         *       version).
         *     - `portfolio_id` and `id` are optional: the path carries them. When present they must equal the
         *       path's values. `claim_id` is required: it ties the settlement to its claim.
         *     - `creation_date` and `last_update` stay, and are required: Seyna's public material lists them
         *       without `?` on the settlement (our reading, inferred: they date the settlement in the client's own
         *       system, like `timestamp`, not in Seyna's storage).
         *
         *     The schema is closed: Seyna's public material lists the object's fields, so a misspelled field
         *     fails validation, in the mock and in typed clients, instead of being silently dropped. (Objects
         *     nested in the body, entities and guarantees, are open since they also appear in responses; the
         *     typed clients still check their fields.)
         */
        SettlementInput: {
            /**
             * @description The portfolio the settlement belongs to.
             * @example pf_home_2024
             */
            portfolio_id?: string;
            /**
             * @description The claim the settlement pays.
             * @example clm-000045
             */
            claim_id: string;
            /**
             * @description The product of its claim's contract.
             * @example prd_phone_cover
             */
            product_id: string;
            /**
             * @description The settlement id, chosen by the client.
             * @example stl-000045-1
             */
            id?: string;
            /**
             * @description The date of this information in the client's timeframe; Seyna computes the accounting date
             *     from it.
             */
            timestamp: components["schemas"]["DateOrDateTime"];
            /**
             * @description The settlement's reference as the client shows it (its payment reference).
             * @example PAY-2024-000045-1
             */
            reference: string;
            /** @description When the settlement was paid. */
            payment_date: components["schemas"]["DateOrDateTime"];
            /** @description When the settlement was created in the client's system (sent by the client). */
            creation_date: components["schemas"]["DateOrDateTime"];
            /** @description When the settlement was last updated in the client's system (sent by the client). */
            last_update: components["schemas"]["DateOrDateTime"];
            /** @description The amounts paid, per guarantee of the claim. */
            guarantees: components["schemas"]["SettlementGuarantees"];
            /**
             * @description Free-form data specific to the product. Its shape is agreed per product between the partner
             *     and Seyna; this contract does not constrain it.
             */
            product_data: {
                [key: string]: unknown;
            };
        };
    };
    responses: {
        /**
         * @description The request is malformed: a query parameter out of range (`limit` outside 1..100, `sort` other
         *     than `asc` or `desc`, an unknown `from` cursor) or a body that is not JSON. Inferred: the page
         *     publishes no error response; the body shape comes from Seyna's public material.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description No credentials, or an API key id and secret that Seyna does not accept. Inferred: the page
         *     requires Basic authentication but publishes no error response; the body shape comes from
         *     Seyna's public material.
         */
        Unauthorized: {
            headers: {
                /** @description The authentication scheme to use (`Basic`), as RFC 7235 asks of a 401. */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The portfolio, or the object in it, does not exist (or the API key cannot see it). Inferred:
         *     the page publishes no error response; the body shape comes from Seyna's public material.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The body is JSON but does not satisfy the object's schema: a required field missing, a field of
         *     the wrong type, an unknown field or a value out of range (for example `coinsurance` above 1).
         *     Inferred: the page publishes no error response; the body shape comes from Seyna's public
         *     material, and whether Seyna answers such a body 400 or 422 is not published (treat both as a
         *     rejected body).
         */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Pagination of the response: the `next` value returned by a previous call. Omit it to get the
         *     first page. Our reading (inferred): a cursor is opaque, so pass it back unchanged and never build one.
         */
        From: string;
        /**
         * @description Size of the page returned, between 1 and 100 (default 10).
         *
         *     The parameter table of the page types it `number [ 1 .. 100 ]`, while its pagination section
         *     says "it is an integer that can be comprised between 1 and 100": a page holds a whole number of
         *     items, so this contract follows the prose and declares an `integer` (a fractional limit such as
         *     `2.5` is rejected).
         */
        Limit: number;
        /** @description Order of the result, ascending (`asc`, the default) or descending (`desc`). */
        Sort: "asc" | "desc";
        /** @description The portfolio id (the only id assigned by Seyna). */
        PortfolioId: string;
        /** @description The contract id, chosen by the client when it first put the contract. */
        ContractId: string;
        /** @description The receipt id, chosen by the client when it first put the receipt. */
        ReceiptId: string;
        /** @description The claim id, chosen by the client when it first put the claim. */
        ClaimId: string;
        /** @description The settlement id, chosen by the client when it first put the settlement. */
        SettlementId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type Portfolio = components['schemas']['Portfolio'];
export type PortfolioList = components['schemas']['PortfolioList'];
export type Error = components['schemas']['Error'];
export type DateOrDateTime = components['schemas']['DateOrDateTime'];
export type IndividualEntity = components['schemas']['IndividualEntity'];
export type CompanyEntity = components['schemas']['CompanyEntity'];
export type NonprofitEntity = components['schemas']['NonprofitEntity'];
export type Entity = components['schemas']['Entity'];
export type ContractGuarantee = components['schemas']['ContractGuarantee'];
export type ContractGuarantees = components['schemas']['ContractGuarantees'];
export type CancelReason = components['schemas']['CancelReason'];
export type Contract = components['schemas']['Contract'];
export type ContractList = components['schemas']['ContractList'];
export type ContractInput = components['schemas']['ContractInput'];
export type ReceiptGuarantee = components['schemas']['ReceiptGuarantee'];
export type ReceiptGuarantees = components['schemas']['ReceiptGuarantees'];
export type Receipt = components['schemas']['Receipt'];
export type ReceiptList = components['schemas']['ReceiptList'];
export type ReceiptInput = components['schemas']['ReceiptInput'];
export type ClaimGuarantee = components['schemas']['ClaimGuarantee'];
export type ClaimGuarantees = components['schemas']['ClaimGuarantees'];
export type Claim = components['schemas']['Claim'];
export type ClaimList = components['schemas']['ClaimList'];
export type ClaimInput = components['schemas']['ClaimInput'];
export type SettlementGuarantee = components['schemas']['SettlementGuarantee'];
export type SettlementGuarantees = components['schemas']['SettlementGuarantees'];
export type Settlement = components['schemas']['Settlement'];
export type SettlementList = components['schemas']['SettlementList'];
export type SettlementInput = components['schemas']['SettlementInput'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseUnprocessableEntity = components['responses']['UnprocessableEntity'];
export type ParameterFrom = components['parameters']['From'];
export type ParameterLimit = components['parameters']['Limit'];
export type ParameterSort = components['parameters']['Sort'];
export type ParameterPortfolioId = components['parameters']['PortfolioId'];
export type ParameterContractId = components['parameters']['ContractId'];
export type ParameterReceiptId = components['parameters']['ReceiptId'];
export type ParameterClaimId = components['parameters']['ClaimId'];
export type ParameterSettlementId = components['parameters']['SettlementId'];
export type $defs = Record<string, never>;
export interface operations {
    listPortfolios: {
        parameters: {
            query?: {
                /**
                 * @description Pagination of the response: the `next` value returned by a previous call. Omit it to get the
                 *     first page. Our reading (inferred): a cursor is opaque, so pass it back unchanged and never build one.
                 */
                from?: components["parameters"]["From"];
                /**
                 * @description Size of the page returned, between 1 and 100 (default 10).
                 *
                 *     The parameter table of the page types it `number [ 1 .. 100 ]`, while its pagination section
                 *     says "it is an integer that can be comprised between 1 and 100": a page holds a whole number of
                 *     items, so this contract follows the prose and declares an `integer` (a fractional limit such as
                 *     `2.5` is rejected).
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Order of the result, ascending (`asc`, the default) or descending (`desc`). */
                sort?: components["parameters"]["Sort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list; `next` is absent on the last page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getPortfolio: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The portfolio. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Portfolio"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listContracts: {
        parameters: {
            query?: {
                /**
                 * @description Pagination of the response: the `next` value returned by a previous call. Omit it to get the
                 *     first page. Our reading (inferred): a cursor is opaque, so pass it back unchanged and never build one.
                 */
                from?: components["parameters"]["From"];
                /**
                 * @description Size of the page returned, between 1 and 100 (default 10).
                 *
                 *     The parameter table of the page types it `number [ 1 .. 100 ]`, while its pagination section
                 *     says "it is an integer that can be comprised between 1 and 100": a page holds a whole number of
                 *     items, so this contract follows the prose and declares an `integer` (a fractional limit such as
                 *     `2.5` is rejected).
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Order of the result, ascending (`asc`, the default) or descending (`desc`). */
                sort?: components["parameters"]["Sort"];
            };
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list; `next` is absent on the last page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
                /** @description The contract id, chosen by the client when it first put the contract. */
                contract_id: components["parameters"]["ContractId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest version of the contract. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contract"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    upsertContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
                /** @description The contract id, chosen by the client when it first put the contract. */
                contract_id: components["parameters"]["ContractId"];
            };
            cookie?: never;
        };
        /** @description The contract, without the fields Seyna manages (`object`, `version`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContractInput"];
            };
        };
        responses: {
            /** @description The contract as stored, with its new `version`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contract"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listContractVersions: {
        parameters: {
            query?: {
                /**
                 * @description Pagination of the response: the `next` value returned by a previous call. Omit it to get the
                 *     first page. Our reading (inferred): a cursor is opaque, so pass it back unchanged and never build one.
                 */
                from?: components["parameters"]["From"];
                /**
                 * @description Size of the page returned, between 1 and 100 (default 10).
                 *
                 *     The parameter table of the page types it `number [ 1 .. 100 ]`, while its pagination section
                 *     says "it is an integer that can be comprised between 1 and 100": a page holds a whole number of
                 *     items, so this contract follows the prose and declares an `integer` (a fractional limit such as
                 *     `2.5` is rejected).
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Order of the result, ascending (`asc`, the default) or descending (`desc`). */
                sort?: components["parameters"]["Sort"];
            };
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list; `next` is absent on the last page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listReceipts: {
        parameters: {
            query?: {
                /**
                 * @description Pagination of the response: the `next` value returned by a previous call. Omit it to get the
                 *     first page. Our reading (inferred): a cursor is opaque, so pass it back unchanged and never build one.
                 */
                from?: components["parameters"]["From"];
                /**
                 * @description Size of the page returned, between 1 and 100 (default 10).
                 *
                 *     The parameter table of the page types it `number [ 1 .. 100 ]`, while its pagination section
                 *     says "it is an integer that can be comprised between 1 and 100": a page holds a whole number of
                 *     items, so this contract follows the prose and declares an `integer` (a fractional limit such as
                 *     `2.5` is rejected).
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Order of the result, ascending (`asc`, the default) or descending (`desc`). */
                sort?: components["parameters"]["Sort"];
            };
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list; `next` is absent on the last page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
                /** @description The receipt id, chosen by the client when it first put the receipt. */
                receipt_id: components["parameters"]["ReceiptId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest version of the receipt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    upsertReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
                /** @description The receipt id, chosen by the client when it first put the receipt. */
                receipt_id: components["parameters"]["ReceiptId"];
            };
            cookie?: never;
        };
        /** @description The receipt, without the fields Seyna manages (`object`, `version`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiptInput"];
            };
        };
        responses: {
            /** @description The receipt as stored, with its new `version`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listReceiptVersions: {
        parameters: {
            query?: {
                /**
                 * @description Pagination of the response: the `next` value returned by a previous call. Omit it to get the
                 *     first page. Our reading (inferred): a cursor is opaque, so pass it back unchanged and never build one.
                 */
                from?: components["parameters"]["From"];
                /**
                 * @description Size of the page returned, between 1 and 100 (default 10).
                 *
                 *     The parameter table of the page types it `number [ 1 .. 100 ]`, while its pagination section
                 *     says "it is an integer that can be comprised between 1 and 100": a page holds a whole number of
                 *     items, so this contract follows the prose and declares an `integer` (a fractional limit such as
                 *     `2.5` is rejected).
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Order of the result, ascending (`asc`, the default) or descending (`desc`). */
                sort?: components["parameters"]["Sort"];
            };
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list; `next` is absent on the last page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listClaims: {
        parameters: {
            query?: {
                /**
                 * @description Pagination of the response: the `next` value returned by a previous call. Omit it to get the
                 *     first page. Our reading (inferred): a cursor is opaque, so pass it back unchanged and never build one.
                 */
                from?: components["parameters"]["From"];
                /**
                 * @description Size of the page returned, between 1 and 100 (default 10).
                 *
                 *     The parameter table of the page types it `number [ 1 .. 100 ]`, while its pagination section
                 *     says "it is an integer that can be comprised between 1 and 100": a page holds a whole number of
                 *     items, so this contract follows the prose and declares an `integer` (a fractional limit such as
                 *     `2.5` is rejected).
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Order of the result, ascending (`asc`, the default) or descending (`desc`). */
                sort?: components["parameters"]["Sort"];
            };
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list; `next` is absent on the last page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
                /** @description The claim id, chosen by the client when it first put the claim. */
                claim_id: components["parameters"]["ClaimId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest version of the claim. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    upsertClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
                /** @description The claim id, chosen by the client when it first put the claim. */
                claim_id: components["parameters"]["ClaimId"];
            };
            cookie?: never;
        };
        /** @description The claim, without the fields Seyna manages (`object`, `version`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimInput"];
            };
        };
        responses: {
            /** @description The claim as stored, with its new `version`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listClaimVersions: {
        parameters: {
            query?: {
                /**
                 * @description Pagination of the response: the `next` value returned by a previous call. Omit it to get the
                 *     first page. Our reading (inferred): a cursor is opaque, so pass it back unchanged and never build one.
                 */
                from?: components["parameters"]["From"];
                /**
                 * @description Size of the page returned, between 1 and 100 (default 10).
                 *
                 *     The parameter table of the page types it `number [ 1 .. 100 ]`, while its pagination section
                 *     says "it is an integer that can be comprised between 1 and 100": a page holds a whole number of
                 *     items, so this contract follows the prose and declares an `integer` (a fractional limit such as
                 *     `2.5` is rejected).
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Order of the result, ascending (`asc`, the default) or descending (`desc`). */
                sort?: components["parameters"]["Sort"];
            };
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list; `next` is absent on the last page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listSettlements: {
        parameters: {
            query?: {
                /**
                 * @description Pagination of the response: the `next` value returned by a previous call. Omit it to get the
                 *     first page. Our reading (inferred): a cursor is opaque, so pass it back unchanged and never build one.
                 */
                from?: components["parameters"]["From"];
                /**
                 * @description Size of the page returned, between 1 and 100 (default 10).
                 *
                 *     The parameter table of the page types it `number [ 1 .. 100 ]`, while its pagination section
                 *     says "it is an integer that can be comprised between 1 and 100": a page holds a whole number of
                 *     items, so this contract follows the prose and declares an `integer` (a fractional limit such as
                 *     `2.5` is rejected).
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Order of the result, ascending (`asc`, the default) or descending (`desc`). */
                sort?: components["parameters"]["Sort"];
            };
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list; `next` is absent on the last page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getSettlement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
                /** @description The settlement id, chosen by the client when it first put the settlement. */
                settlement_id: components["parameters"]["SettlementId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest version of the settlement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settlement"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    upsertSettlement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
                /** @description The settlement id, chosen by the client when it first put the settlement. */
                settlement_id: components["parameters"]["SettlementId"];
            };
            cookie?: never;
        };
        /** @description The settlement, without the fields Seyna manages (`object`, `version`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettlementInput"];
            };
        };
        responses: {
            /** @description The settlement as stored, with its new `version`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settlement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listSettlementEvents: {
        parameters: {
            query?: {
                /**
                 * @description Pagination of the response: the `next` value returned by a previous call. Omit it to get the
                 *     first page. Our reading (inferred): a cursor is opaque, so pass it back unchanged and never build one.
                 */
                from?: components["parameters"]["From"];
                /**
                 * @description Size of the page returned, between 1 and 100 (default 10).
                 *
                 *     The parameter table of the page types it `number [ 1 .. 100 ]`, while its pagination section
                 *     says "it is an integer that can be comprised between 1 and 100": a page holds a whole number of
                 *     items, so this contract follows the prose and declares an `integer` (a fractional limit such as
                 *     `2.5` is rejected).
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Order of the result, ascending (`asc`, the default) or descending (`desc`). */
                sort?: components["parameters"]["Sort"];
            };
            header?: never;
            path: {
                /** @description The portfolio id (the only id assigned by Seyna). */
                portfolio_id: components["parameters"]["PortfolioId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list; `next` is absent on the last page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
}

export const specInfo = {"title":"Seyna API","version":"2.0.0"} as const;
