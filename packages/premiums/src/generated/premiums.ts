// Generated from specs/premiums by @partner-apis/typegen (openapi-typescript): do not edit.
// Regenerate with `pnpm turbo run generate`.
export interface paths {
    "/oauth2/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request an access token.
         * @description Exchanges your client id and secret for a bearer access token with the `premiums:write` scope (OAuth 2.0
         *     client credentials). Send the credentials either in the form body (`client_id`, `client_secret`) or with HTTP
         *     Basic (`Authorization: Basic base64(client_id:client_secret)`). Reuse the token until it expires
         *     (`expires_in` seconds), then request a new one.
         *
         *     Inferred: the pages give the flow, the token URL (`/oauth2/token`) and the scope, not the endpoint itself. Its
         *     request and responses are those of OAuth 2.0 (RFC 6749 §4.4 client credentials grant, §2.3.1 client
         *     authentication, §5.1 and §5.2 token and error responses). It needs no bearer token (`security: []`).
         */
        post: operations["requestAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/seance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute a seance.
         * @description Execute and save seance for a trainee. Requires premiums:write scope.
         *
         *     On our reading of the response fields, the API matches the seance against the premiums of the trainee's
         *     company and books the requested hours against the company's credit; the answer lists each premium with the credit before and after, in hours and
         *     in euros, and what was refused and why.
         *
         *     Documented: the path, the body's nine fields, the 200 body (filed under `SimulateResponse` on our reading:
         *     the page does not name its schema) and the 400, 401, 429 and 500 responses come from
         *     the *Execute a seance* page. The page does not show the error bodies; their schemas are inferred (see each).
         */
        post: operations["executeSeance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/seance/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancels a seance.
         * @description Cancels a seance executed earlier, releasing the premium credit it used. Requires premiums:write scope.
         *
         *     Inferred: the navigation gives only the title and the method (POST). The path `/v2/seance/cancel` is
         *     inferred from the API's naming (a POST on an action under `/v2/seance`, like the documented
         *     `/v2/seance/period/simulate-closed`). The body is the `Seance` as executed, since the navigation names no
         *     cancel-specific request schema; the 200 body is the navigation's `SeanceCancelSuccess` and the 400 body its
         *     `BadRequestWithSeanceCancelMessagesError`. The 401 and 500 follow the documented operations.
         */
        post: operations["cancelSeance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/seance/{seance_uid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your identifier of the seance, the `seance_uid` you sent when you executed it.
                 *     Inferred: the path parameter follows the documented `PATCH /v2/company/{company_uid}`.
                 */
                seance_uid: components["parameters"]["SeanceUid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a seance.
         * @description Changes a seance executed earlier (its date, duration, premium type, or the trainee's joint committee or
         *     full-time equivalent). The premiums are recomputed. Requires premiums:write scope.
         *
         *     Inferred: the navigation gives only the title and the method (PATCH). The path `/v2/seance/{seance_uid}` is
         *     inferred from the documented `PATCH /v2/company/{company_uid}` (a PATCH on the resource addressed by your
         *     identifier). The body is the navigation's `SeanceUpdate`. The success and 400 bodies are the navigation's
         *     confirm and paid-confirm schemas, which no other operation answers (see `SeanceConfirmSuccess`). The 404 for an
         *     unknown `seance_uid` is inferred; the 401 and 500 follow the documented operations.
         */
        patch: operations["updateSeance"];
        trace?: never;
    };
    "/v2/seance/period/simulate-closed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Simulate Close a seance period.
         * @description Simulate Close a seance period requested, Requires premiums:write scope.
         *
         *     The answer only acknowledges the request ("The request does not provide any data in the response"). The
         *     page does not say where the simulation's result goes; our reading (inferred) is that it is sent to the
         *     request's `email` address.
         *
         *     Documented: the path, the body's three fields, the 200 body (`SeanceSimulatePeriodClosedSuccess`) and the
         *     400 (`BadRequestWithSeanceSimulatePeriodClosedMessagesError`), 401 (`UnauthorizedError`) and 500
         *     (`InternalError`) responses come from the *Simulate Close a seance period* page. The page does not show the
         *     error bodies; their fields are inferred (see each).
         */
        post: operations["simulateCloseSeancePeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/company/{company_uid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Your identifier of the company, the `company_uid` you send with its seances and imports. */
                company_uid: components["parameters"]["CompanyUid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update company information.
         * @description Changes the information of a company. Requires premiums:write scope.
         *
         *     Partly documented: the provider's public pages give the path, that the body is JSON, and the responses
         *     (200 `CompanyUpdateSuccess`, 400 `BadRequestWithCompanyUpdateMessagesError`, 401 `UnauthorizedError`, 500
         *     `InternalError`). Inferred: the body's fields (`CompanyUpdate`) and every response body's fields. The pages
         *     list no 404, so none is described: how the API answers an unknown `company_uid` is not published.
         */
        patch: operations["updateCompany"];
        trace?: never;
    };
    "/v2/company/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Imports companies.
         * @description Creates or replaces companies from a JSON array of rows (one `CompanyImportCsvFormat` per company). For a CSV
         *     file, use *Bulk Imports companies*. Requires premiums:write scope.
         *
         *     Inferred: the navigation gives only the title and the method (PUT). The path `/v2/company/import` is inferred
         *     from the API's naming (`/v2/company/...`, an action under the resource). The body is inferred to be the rows
         *     of `CompanyImportCsvFormat` as JSON, the bulk variant taking the CSV file. The 200 body is the navigation's
         *     `CompanyResponse`, the 400 its `BadRequestWithMessagesError`; the 401 and 500 follow the documented operations.
         */
        put: operations["importCompanies"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/company/import/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk Imports companies.
         * @description Imports companies from a CSV file whose columns are those of `CompanyImportCsvFormat`. Requires
         *     premiums:write scope.
         *
         *     Inferred: the navigation gives only the title and the method (POST). The path `/v2/company/import/bulk` is
         *     inferred from the API's naming (the bulk variant of `/v2/company/import`). That it takes CSV comes from the
         *     schema name `CompanyImportCsvFormat`; the media types (`text/csv`, `multipart/form-data`) are inferred. The 200
         *     body is the navigation's `CompanyResponse`; the 400 is either `BadRequestError` (the file as a whole) or
         *     `BadRequestWithMessagesError` (rows); the 401 and 500 follow the documented operations.
         */
        post: operations["bulkImportCompanies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/trainee/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Imports Trainee.
         * @description Creates or replaces trainees from a JSON array of rows (one `TraineeImportCsvFormat` per trainee). For a CSV
         *     file, use *Bulk Imports Trainee*. Requires premiums:write scope.
         *
         *     Inferred: the navigation gives only the title and the method (PUT). The path `/v2/trainee/import` is inferred
         *     from the API's naming (`/v2/company/...` for companies, `trainee_uid` for trainees). The body is inferred to be
         *     the rows of `TraineeImportCsvFormat` as JSON, the bulk variant taking the CSV file. The navigation has no
         *     trainee-specific response schema, so the 200 body is its generic `Success` and the 400 its
         *     `BadRequestWithMessagesError`; the 401 and 500 follow the documented operations.
         */
        put: operations["importTrainees"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/trainee/import/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk Imports Trainee.
         * @description Imports trainees from a CSV file whose columns are those of `TraineeImportCsvFormat`. Requires premiums:write
         *     scope.
         *
         *     Inferred: the navigation gives only the title and the method (POST). The path `/v2/trainee/import/bulk` is
         *     inferred from the API's naming (the bulk variant of `/v2/trainee/import`). That it takes CSV comes from the
         *     schema name `TraineeImportCsvFormat`; the media types (`text/csv`, `multipart/form-data`) are inferred. The 200
         *     body is the generic `Success`; the 400 is either `BadRequestError` (the file as a whole) or
         *     `BadRequestWithMessagesError` (rows); the 401 and 500 follow the documented operations.
         */
        post: operations["bulkImportTrainees"];
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
         * OAuth2TokenRequest
         * @description Form body of the token request (`application/x-www-form-urlencoded`): the client-credentials grant.
         *     Authenticate the client either with `client_id` and `client_secret` in this body, or with HTTP Basic
         *     (`Authorization: Basic base64(client_id:client_secret)`) and without them here.
         *
         *     Inferred from OAuth 2.0 (RFC 6749 §4.4.2 for the grant, §2.3.1 for the two ways to send the client's
         *     credentials) and from the token URL and scope the pages give. Per RFC 6749 §3.2 a token endpoint ignores
         *     parameters it does not know, so the object stays open.
         */
        OAuth2TokenRequest: {
            /**
             * @description Always `client_credentials`.
             * @constant
             */
            grant_type: "client_credentials";
            /** @description Your client id (when not sent with HTTP Basic). */
            client_id?: string;
            /** @description Your client secret (when not sent with HTTP Basic). */
            client_secret?: string;
            /**
             * @description Space-separated scopes to request; `premiums:write` is the one the API defines. Optional (RFC 6749 §4.4.2).
             * @example premiums:write
             */
            scope?: string;
        };
        /**
         * OAuth2Token
         * @description A successful token response: a bearer access token and how long it lives.
         *
         *     Inferred from OAuth 2.0 (RFC 6749 §4.4.3 and §5.1: `access_token` and `token_type` are required, `expires_in`
         *     recommended, `scope` present when it differs from the request; no refresh token in this flow). Open object:
         *     RFC 6749 §5.1 lets a server add response parameters, so a field not listed here is accepted.
         * @example {
         *       "access_token": "eyJhbGciOiJSUzI1NiJ9.mock.signature",
         *       "token_type": "Bearer",
         *       "expires_in": 3600,
         *       "scope": "premiums:write"
         *     }
         */
        OAuth2Token: {
            /** @description The token to send as `Authorization: Bearer <access_token>`. */
            access_token: string;
            /**
             * @description Token type; `Bearer` (compare case-insensitively, RFC 6749 §7.1).
             * @example Bearer
             */
            token_type: string;
            /**
             * @description Lifetime of the token in seconds, from the time of the response.
             * @example 3600
             */
            expires_in?: number;
            /**
             * @description Space-separated scopes granted.
             * @example premiums:write
             */
            scope?: string;
        };
        /**
         * OAuth2Error
         * @description An error response of the token endpoint.
         *
         *     Inferred from OAuth 2.0 (RFC 6749 §5.2): a 400 with an `error` code, or a 401 `invalid_client` when the
         *     client's credentials are wrong. Open object, and an open list of codes: RFC 6749 §8.5 lets a server define
         *     further error codes, so a code or a field not listed here is accepted.
         * @example {
         *       "error": "invalid_client",
         *       "error_description": "Client authentication failed"
         *     }
         */
        OAuth2Error: {
            /** @description Error code (RFC 6749 §5.2 lists these six; any other string is accepted too). */
            error: ("invalid_request" | "invalid_client" | "invalid_grant" | "unauthorized_client" | "unsupported_grant_type" | "invalid_scope") | string;
            /** @description Human-readable detail. */
            error_description?: string;
            /**
             * Format: uri
             * @description Page describing the error.
             */
            error_uri?: string;
        };
        /**
         * Seance
         * @description A training seance attended by one trainee of one company: the body of *Execute a seance* (`POST /v2/seance`).
         *     On our reading of the response fields, the API matches it against the company's premiums and books the hours
         *     against the company's credit.
         *
         *     Documented: the nine fields and their JSON types come from the page's request example. The page marks the body
         *     as required and shows no field as optional, so all nine are required here: a request this contract accepts is
         *     then one the API accepts too. The page's example uses the placeholder `"string"` for every text field,
         *     including the date; the example below uses realistic values. Unknown fields are rejected
         *     (`additionalProperties: false`) so that a misspelled field fails fast instead of being ignored: the page lists
         *     the body's fields. No length, pattern or format is enforced on the text fields, since the page states none
         *     (its placeholders are any string).
         */
        Seance: {
            /**
             * @description Your identifier of this call, echoed back in the response so you can reconcile it.
             * @example tx-20250314-0001
             */
            transaction_uid: string;
            /**
             * @description Your identifier of the company whose premium credit the seance consumes.
             * @example company-1042
             */
            company_uid: string;
            /**
             * @description Your identifier of the trainee who attended the seance.
             * @example trainee-5531
             */
            trainee_uid: string;
            /**
             * @description Your identifier of the seance; use it again to cancel or update the seance.
             * @example seance-88412
             */
            seance_uid: string;
            /**
             * @description Day the seance took place. The page types it as a string and shows the placeholder `"string"`.
             *     The ISO 8601 date format (`2025-03-14`) is inferred from the simulate page's dates
             *     (`2025-01-01`) and is not enforced.
             * @example 2025-03-14
             */
            seance_date: string;
            /**
             * @description Length of the seance. The page shows a number without its unit; premiums are counted in hours
             *     (`requested_hours` in the response), so the duration is read as hours (our reading). That it is never
             *     negative is our reading too, not enforced.
             * @example 7.5
             */
            seance_duration: number;
            /**
             * @description Kind of premium the seance claims. The provider publishes no list of values (the page shows the placeholder
             *     `"string"`); the example is illustrative, modelled on the rejection detail `COMPANY_COLLECTIVE_CREDIT_MAX`.
             * @example COMPANY_COLLECTIVE_CREDIT
             */
            premium_type: string;
            /**
             * @description Joint committee (*paritair comité / commission paritaire*) the trainee falls under, e.g. `149.01`.
             * @example 149.01
             */
            trainee_pc: string;
            /**
             * @description Trainee's full-time equivalent (*ETP, équivalent temps plein*), sent as a string. The page shows only the
             *     placeholder `"string"`, so no format is enforced; the example is illustrative.
             * @example 1.00
             */
            trainee_etp: string;
        };
        /**
         * Premium
         * @description One premium the seance was matched against, with the company's credit before and after, in hours and in euros.
         *
         *     Documented: every field and its JSON type come from the *Execute a seance* page's response example (the
         *     `data.premiums[]` items). The page shows these objects inline; `Premium` is not a schema name of the provider
         *     and is given here so that clients can name the type. Hours are numbers; euro amounts and
         *     `new_balance_hours_value` are strings (decimal amounts sent as strings, per the provider's public material).
         *     The page shows the placeholder `"string"` for every text field, amounts included, so no number format is
         *     enforced on them: that they hold a plain decimal such as `812.50` is our reading (inferred). The example uses
         *     realistic values.
         *
         *     Open object: the page shows these fields, not that there are no others; a field the page does not show is
         *     accepted (and not typed).
         * @example {
         *       "premium_type": "COMPANY_COLLECTIVE_CREDIT",
         *       "company_pc": "149.01",
         *       "old_balance_hours": 40,
         *       "requested_hours": 7.5,
         *       "new_balance_hours": 32.5,
         *       "approved_hours": 7.5,
         *       "rejected_hours": 0,
         *       "new_balance_hours_value": "812.50",
         *       "old_credit_balance_eur": "1000.00",
         *       "requested_credit_eur": "187.50",
         *       "new_credit_balance_eur": "812.50",
         *       "approved_credit_eur": "187.50",
         *       "rejected_credit_eur": "0.00",
         *       "rejection_details": null
         *     }
         */
        Premium: {
            /**
             * @description Kind of premium (the provider publishes no list of values; see `Seance.premium_type`).
             * @example COMPANY_COLLECTIVE_CREDIT
             */
            premium_type: string;
            /**
             * @description Joint committee of the company the premium belongs to, e.g. `149.01`.
             * @example 149.01
             */
            company_pc: string;
            /** @description Company's credit in hours before this seance. */
            old_balance_hours: number;
            /** @description Hours this seance asked for. */
            requested_hours: number;
            /** @description Company's credit in hours after this seance. */
            new_balance_hours: number;
            /** @description Hours granted. */
            approved_hours: number;
            /** @description Hours refused (see `rejection_details`). */
            rejected_hours: number;
            /**
             * @description Euro value of `new_balance_hours`, a decimal amount sent as a string. The page shows the placeholder
             *     `"string"`; a plain decimal such as `812.50` is our reading (inferred), not enforced.
             * @example 812.50
             */
            new_balance_hours_value: string;
            /**
             * @description Company's credit in euros before this seance, a decimal amount sent as a string (format not enforced, see above).
             * @example 1000.00
             */
            old_credit_balance_eur: string;
            /**
             * @description Euros this seance asked for, a decimal amount sent as a string (format not enforced, see above).
             * @example 187.50
             */
            requested_credit_eur: string;
            /**
             * @description Company's credit in euros after this seance, a decimal amount sent as a string (format not enforced, see above).
             * @example 812.50
             */
            new_credit_balance_eur: string;
            /**
             * @description Euros granted, a decimal amount sent as a string (format not enforced, see above).
             * @example 187.50
             */
            approved_credit_eur: string;
            /**
             * @description Euros refused, a decimal amount sent as a string (format not enforced, see above).
             * @example 0.00
             */
            rejected_credit_eur: string;
            /**
             * @description Why hours or euros were refused. The page shows `COMPANY_COLLECTIVE_CREDIT_MAX` (on our reading of the name,
             *     the company's collective credit is used up); the provider publishes no full list, so any other code is accepted too. `null` when
             *     nothing was refused is inferred (the page only shows a refusal).
             * @example COMPANY_COLLECTIVE_CREDIT_MAX
             */
            rejection_details: "COMPANY_COLLECTIVE_CREDIT_MAX" | string | null;
        };
        /**
         * StatusDetails
         * @description Outcome code of a call, in `data.status_details`. The pages show `NO_PREMIUM_MATCHED` (*Execute a seance*; on our
         *     reading of the name, the seance matched no premium) and `SEANCE_SIMULATE_PERIOD_CLOSED_SUCCESS` (*Simulate
         *     Close a seance period*). The provider publishes no full list, so any other code is accepted too (open list:
         *     the known values, or any string). `StatusDetails` is not a schema name of the provider; the values are documented.
         * @example NO_PREMIUM_MATCHED
         * @example SEANCE_SIMULATE_PERIOD_CLOSED_SUCCESS
         */
        StatusDetails: ("NO_PREMIUM_MATCHED" | "SEANCE_SIMULATE_PERIOD_CLOSED_SUCCESS") | string;
        /**
         * SimulateResponse
         * @description The name `SimulateResponse` is our reading (inferred): the page does not name the schema of this body, and we
         *     file it under the navigation's `SimulateResponse`, the one response schema that carries a premium computation.
         *
         *     Body of a successful *Execute a seance* (`POST /v2/seance`): the premiums the seance was matched against, the
         *     outcome code, and the request echoed back.
         *
         *     Documented: every field comes from the page's 200 example. The page shows this body as "OK — The request
         *     succeeded. The request provide data in the response" without naming its schema (see above for the
         *     name). The page shows `"string"` placeholders for text, dates and decimal amounts; the example uses
         *     realistic values.
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         */
        SimulateResponse: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 200;
            data: {
                /** @description Premiums the seance was matched against (empty when none matched). */
                premiums: components["schemas"]["Premium"][];
                status_details: components["schemas"]["StatusDetails"];
            };
            request: components["schemas"]["Seance"];
        };
        /**
         * BadRequestWithSessionInformationError
         * @description Body of a 400 of *Execute a seance*: what is wrong with the seance (session) information sent, field by field.
         *
         *     Inferred: the execute page lists a 400 without naming its schema or body; the navigation's `BadRequestWithSessionInformationError` is the 400 about a seance's (*session's*) information, which is what the execute call sends. The shape follows the API's documented `{status, data, request}` envelope; `messages` maps each field of the request to what is wrong with it, which is what a schema of its own per operation suggests (the keys are that operation's fields). Fields not listed may appear too.
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         * @example {
         *       "status": 400,
         *       "data": {
         *         "message": "The request is invalid",
         *         "messages": {
         *           "seance_date": [
         *             "must be a date (YYYY-MM-DD)"
         *           ]
         *         }
         *       }
         *     }
         */
        BadRequestWithSessionInformationError: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 400;
            data: {
                /** @description Summary of what was wrong, for a human reader. */
                message: string;
                /** @description What is wrong with each field, by field name (a field may carry several messages). */
                messages: {
                    transaction_uid?: string[];
                    company_uid?: string[];
                    trainee_uid?: string[];
                    seance_uid?: string[];
                    seance_date?: string[];
                    seance_duration?: string[];
                    premium_type?: string[];
                    trainee_pc?: string[];
                    trainee_etp?: string[];
                } & {
                    [key: string]: string[];
                };
            };
            /** @description The request body as received, echoed back (free-form, since it may be what was wrong). */
            request?: unknown;
        };
        /**
         * UnauthorizedError
         * @description Body of a 401: the request carried no access token, or one that is expired, revoked or lacks the `premiums:write` scope. Fetch a new token at `POST /oauth2/token` and retry once.
         *
         *     Inferred: the navigation lists `UnauthorizedError` and both published pages list a 401, without its body. The shape follows the API's documented `{status, data, request}` envelope, with a human-readable `message` in `data`.
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         * @example {
         *       "status": 401,
         *       "data": {
         *         "message": "Unauthorized"
         *       }
         *     }
         */
        UnauthorizedError: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 401;
            data: {
                /** @description What went wrong, for a human reader. */
                message: string;
            };
            /** @description The request body as received, echoed back (free-form, since it may be what was wrong). */
            request?: unknown;
        };
        /**
         * TooManyRequestsMessagesError
         * @description Body of a 429 of *Execute a seance*: too many requests in a short time. Wait (the `Retry-After` header, when
         *     present, says how long) and retry.
         *
         *     Inferred: the execute page lists a 429 without naming its schema or body; the navigation's
         *     `TooManyRequestsMessagesError` is the one 429 schema. The shape follows the API's documented
         *     `{status, data, request}` envelope, with `messages` as a list of texts (no field is at fault).
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         * @example {
         *       "status": 429,
         *       "data": {
         *         "message": "Too many requests",
         *         "messages": [
         *           "Rate limit exceeded, retry later"
         *         ]
         *       }
         *     }
         */
        TooManyRequestsMessagesError: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 429;
            data: {
                /** @description What went wrong, for a human reader. */
                message: string;
                /** @description Further details, for a human reader. */
                messages?: string[];
            };
            /** @description The request body as received, echoed back. */
            request?: unknown;
        };
        /**
         * InternalError
         * @description Body of a 500: the API failed to process a valid request. Retrying later may succeed.
         *
         *     Inferred: the navigation lists `InternalError` and both published pages list a 500, without its body. The shape follows the API's documented `{status, data, request}` envelope.
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         * @example {
         *       "status": 500,
         *       "data": {
         *         "message": "Internal server error"
         *       }
         *     }
         */
        InternalError: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 500;
            data: {
                /** @description What went wrong, for a human reader. */
                message: string;
            };
            /** @description The request body as received, echoed back (free-form, since it may be what was wrong). */
            request?: unknown;
        };
        /**
         * SeanceCancelSuccess
         * @description Body of a successful *Cancels a seance*: the outcome code, and the cancelled seance echoed back.
         *
         *     Inferred: the navigation lists `SeanceCancelSuccess` without its fields. The shape follows the documented
         *     `{status, data, request}` envelope and the documented simulate success (whose `data` carries only
         *     `status_details`); `request` echoes the `Seance` the cancel call sends. The example's status code
         *     `SEANCE_CANCEL_SUCCESS` is illustrative, modelled on the documented `SEANCE_SIMULATE_PERIOD_CLOSED_SUCCESS`.
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         */
        SeanceCancelSuccess: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 200;
            data: {
                status_details: components["schemas"]["StatusDetails"];
            };
            request: components["schemas"]["Seance"];
        };
        /**
         * BadRequestWithSeanceCancelMessagesError
         * @description Body of a 400 of *Cancels a seance*: what is wrong with the cancellation, field by field.
         *
         *     Inferred: the navigation lists `BadRequestWithSeanceCancelMessagesError` without its fields; its keys are the fields of the `Seance` the cancel call sends. The shape follows the API's documented `{status, data, request}` envelope; `messages` maps each field of the request to what is wrong with it, which is what a schema of its own per operation suggests (the keys are that operation's fields). Fields not listed may appear too.
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         * @example {
         *       "status": 400,
         *       "data": {
         *         "message": "The request is invalid",
         *         "messages": {
         *           "seance_uid": [
         *             "no executed seance has this seance_uid"
         *           ]
         *         }
         *       }
         *     }
         */
        BadRequestWithSeanceCancelMessagesError: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 400;
            data: {
                /** @description Summary of what was wrong, for a human reader. */
                message: string;
                /** @description What is wrong with each field, by field name (a field may carry several messages). */
                messages: {
                    transaction_uid?: string[];
                    company_uid?: string[];
                    trainee_uid?: string[];
                    seance_uid?: string[];
                    seance_date?: string[];
                    seance_duration?: string[];
                    premium_type?: string[];
                    trainee_pc?: string[];
                    trainee_etp?: string[];
                } & {
                    [key: string]: string[];
                };
            };
            /** @description The request body as received, echoed back (free-form, since it may be what was wrong). */
            request?: unknown;
        };
        /**
         * SeanceUpdate
         * @description Body of *Update a seance* (`PATCH /v2/seance/{seance_uid}`): the seance fields to change. On our reading, send
         *     `transaction_uid` and the fields to change; fields you leave out keep their value.
         *
         *     Inferred: the navigation names `SeanceUpdate` without its fields. They are the fields of the documented `Seance`
         *     that describe the seance itself (date, duration, premium type, the trainee's joint committee and full-time
         *     equivalent); the identifiers (`company_uid`, `trainee_uid`, `seance_uid`) are not changeable, the seance being
         *     addressed by the path. `transaction_uid` is sent as in the documented seance requests (our reading); since the
         *     provider does not publish this body, no field is required and no minimum number of fields is enforced.
         *
         *     Open object: the provider does not publish these fields, so a field the real API needs may be
         *     missing here. Any other field is accepted and sent as is; the fields typed here keep their types.
         */
        SeanceUpdate: {
            /**
             * @description Your identifier of this call, echoed back in the response.
             * @example tx-20250315-0002
             */
            transaction_uid?: string;
            /**
             * @description New day of the seance. Typed as `Seance.seance_date` (a string); the ISO 8601 date format
             *     (`2025-03-15`) is inferred and not enforced.
             * @example 2025-03-15
             */
            seance_date?: string;
            /**
             * @description New length of the seance, in hours (see `Seance.seance_duration`).
             * @example 4
             */
            seance_duration?: number;
            /**
             * @description New kind of premium (see `Seance.premium_type`).
             * @example COMPANY_COLLECTIVE_CREDIT
             */
            premium_type?: string;
            /**
             * @description New joint committee of the trainee, e.g. `149.01`.
             * @example 149.01
             */
            trainee_pc?: string;
            /**
             * @description New full-time equivalent of the trainee, as a string.
             * @example 0.80
             */
            trainee_etp?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * SeanceConfirmSuccess
         * @description Body of a successful *Update a seance* that (re)confirms the seance with its new values: the premiums
         *     recomputed for it, the outcome code, and the update echoed back.
         *
         *     Inferred: the navigation lists `SeanceConfirmSuccess` (and `BadRequestWithSeanceConfirmMessagesError`) but no
         *     operation that confirms a seance; updating a seance is the inferred operation that answers it, since an update
         *     changes what the premiums were computed from. `data` has the documented shape of the execute response's `data`
         *     (premiums and status code); `request` echoes the `SeanceUpdate`. Which of `SeanceConfirmSuccess` and
         *     `SeancePaidConfirmSuccess` the API answers, and when, is not published. The example's status code is illustrative.
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         */
        SeanceConfirmSuccess: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 200;
            data: {
                /** @description Premiums recomputed for the updated seance. */
                premiums: components["schemas"]["Premium"][];
                status_details: components["schemas"]["StatusDetails"];
            };
            request: components["schemas"]["SeanceUpdate"];
        };
        /**
         * SeancePaidConfirmSuccess
         * @description Body of a successful *Update a seance* that confirms the seance as paid: the outcome code, and the update
         *     echoed back.
         *
         *     Inferred: the navigation lists `SeancePaidConfirmSuccess` (and `BadRequestWithSeancePaidConfirmMessagesError`)
         *     but no operation that confirms a payment; updating a seance is the inferred operation that answers it. The
         *     shape follows the documented `{status, data, request}` envelope and the documented simulate success (`data`
         *     carries only `status_details`). What in an update selects this answer rather than `SeanceConfirmSuccess` is not
         *     published. The example's status code is illustrative.
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         */
        SeancePaidConfirmSuccess: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 200;
            data: {
                status_details: components["schemas"]["StatusDetails"];
            };
            request: components["schemas"]["SeanceUpdate"];
        };
        /**
         * BadRequestWithSeanceConfirmMessagesError
         * @description Body of a 400 of *Update a seance* when the updated seance cannot be confirmed: what is wrong, field by field.
         *
         *     Inferred: the navigation lists `BadRequestWithSeanceConfirmMessagesError` but no operation that confirms a seance; updating a seance is the inferred operation that answers it (see `SeanceConfirmSuccess`). Its keys are the fields of `SeanceUpdate`. The shape follows the API's documented `{status, data, request}` envelope; `messages` maps each field of the request to what is wrong with it, which is what a schema of its own per operation suggests (the keys are that operation's fields). Fields not listed may appear too.
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         * @example {
         *       "status": 400,
         *       "data": {
         *         "message": "The request is invalid",
         *         "messages": {
         *           "seance_duration": [
         *             "must be a number greater than or equal to 0"
         *           ]
         *         }
         *       }
         *     }
         */
        BadRequestWithSeanceConfirmMessagesError: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 400;
            data: {
                /** @description Summary of what was wrong, for a human reader. */
                message: string;
                /** @description What is wrong with each field, by field name (a field may carry several messages). */
                messages: {
                    transaction_uid?: string[];
                    seance_date?: string[];
                    seance_duration?: string[];
                    premium_type?: string[];
                    trainee_pc?: string[];
                    trainee_etp?: string[];
                } & {
                    [key: string]: string[];
                };
            };
            /** @description The request body as received, echoed back (free-form, since it may be what was wrong). */
            request?: unknown;
        };
        /**
         * BadRequestWithSeancePaidConfirmMessagesError
         * @description Body of a 400 of *Update a seance* when the seance cannot be confirmed as paid: what is wrong, field by field.
         *
         *     Inferred: the navigation lists `BadRequestWithSeancePaidConfirmMessagesError` but no operation that confirms a payment; updating a seance is the inferred operation that answers it (see `SeancePaidConfirmSuccess`). Its keys are the fields of `SeanceUpdate`. The shape follows the API's documented `{status, data, request}` envelope; `messages` maps each field of the request to what is wrong with it, which is what a schema of its own per operation suggests (the keys are that operation's fields). Fields not listed may appear too.
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         * @example {
         *       "status": 400,
         *       "data": {
         *         "message": "The request is invalid",
         *         "messages": {
         *           "transaction_uid": [
         *             "must not be empty"
         *           ]
         *         }
         *       }
         *     }
         */
        BadRequestWithSeancePaidConfirmMessagesError: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 400;
            data: {
                /** @description Summary of what was wrong, for a human reader. */
                message: string;
                /** @description What is wrong with each field, by field name (a field may carry several messages). */
                messages: {
                    transaction_uid?: string[];
                    seance_date?: string[];
                    seance_duration?: string[];
                    premium_type?: string[];
                    trainee_pc?: string[];
                    trainee_etp?: string[];
                } & {
                    [key: string]: string[];
                };
            };
            /** @description The request body as received, echoed back (free-form, since it may be what was wrong). */
            request?: unknown;
        };
        /**
         * NotFoundError
         * @description Body of a 404: nothing is known under the identifier in the path.
         *
         *     Inferred: the navigation lists `NotFoundError` without its fields; the operations that address a resource by its identifier in the path answer it. The shape follows the API's documented `{status, data, request}` envelope.
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         * @example {
         *       "status": 404,
         *       "data": {
         *         "message": "Seance not found"
         *       }
         *     }
         */
        NotFoundError: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 404;
            data: {
                /** @description What went wrong, for a human reader. */
                message: string;
            };
            /** @description The request body as received, echoed back (free-form, since it may be what was wrong). */
            request?: unknown;
        };
        /**
         * SeanceSimulatePeriodClosed
         * @description Body of *Simulate Close a seance period* (`POST /v2/seance/period/simulate-closed`): the period to simulate the
         *     close of, and an e-mail address (on our reading, where the simulation's result is sent).
         *
         *     Documented: the three fields come from the page's request example. All three are required: the page shows no
         *     optional field, and the simulation's result is not in the response ("The request does not provide any data in
         *     the response"), which is why the e-mail address is needed (that reading is ours). Unknown fields are rejected
         *     so that a misspelled field fails fast (the page lists the body's fields). No date or e-mail format is enforced:
         *     the page's example sends ISO 8601 dates and an e-mail address but states no format, so the formats are our
         *     reading, given in the descriptions only. The page's example e-mail is a real person's address; ours uses
         *     `example.com`.
         */
        SeanceSimulatePeriodClosed: {
            /**
             * @description First day of the period; an ISO 8601 date (`2025-01-01`) on our reading of the page's example, not enforced.
             * @example 2025-01-01
             */
            period_start: string;
            /**
             * @description Last day of the period; an ISO 8601 date (`2025-12-31`) on our reading of the page's example, not enforced.
             * @example 2025-12-31
             */
            period_end: string;
            /**
             * @description An e-mail address, as the page's example sends (no e-mail format is enforced: the page states none). Where the simulation's result is sent, on our
             *     reading (inferred: the page does not say what the address is for).
             * @example finance@example.com
             */
            email: string;
        };
        /**
         * SeancePeriodClosed
         * @description A seance period: its first and last day. Echoed in the `request` of the period-close answers.
         *
         *     Inferred: the navigation lists `SeancePeriodClosed` under *Schemas* (request-side schemas) without its fields.
         *     The fields are those the documented simulate answer echoes in `request` (`period_start`, `period_end`); that
         *     this echo is the period the name denotes is our reading. No operation closing a period is published (only its
         *     simulation), so the schema appears here only inside the answers. The page's echo shows the placeholder
         *     `"string"` for both dates, so no date format is enforced (ISO 8601 dates are our reading of the request example).
         *     Open object: a field the page does not show is accepted.
         */
        SeancePeriodClosed: {
            /**
             * @description First day of the period (an ISO 8601 date on our reading, not enforced).
             * @example 2025-01-01
             */
            period_start: string;
            /**
             * @description Last day of the period (an ISO 8601 date on our reading, not enforced).
             * @example 2025-12-31
             */
            period_end: string;
        };
        /**
         * SeancePeriodClosedSuccess
         * @description Body of a successful close (or simulated close) of a seance period: the outcome code and the period echoed back.
         *
         *     Inferred: the navigation lists `SeancePeriodClosedSuccess` without its fields, and no operation that closes a
         *     period is published, only its simulation. The shape is taken from the documented simulate answer
         *     (`SeanceSimulatePeriodClosedSuccess`, which also matches this schema through `allOf`): a simulation answers
         *     what the close would answer. The close's own status code is not published.
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         */
        SeancePeriodClosedSuccess: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 200;
            data: {
                status_details: components["schemas"]["StatusDetails"];
            };
            request: components["schemas"]["SeancePeriodClosed"];
        };
        /**
         * SeanceSimulatePeriodClosedSuccess
         * @description Body of a successful *Simulate Close a seance period*: the status code `SEANCE_SIMULATE_PERIOD_CLOSED_SUCCESS`
         *     and the period echoed back. "The request succeeded. The request does not provide any data in the response":
         *     the simulation itself is not in the answer.
         *
         *     Documented: the name and every field come from the page (its 200 example). The page's echo shows the
         *     placeholder `"string"` for both dates; the example uses the dates of the page's request. It also matches
         *     `SeancePeriodClosedSuccess` (inferred: the answer of the close it simulates, with the same fields).
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         * @example {
         *       "status": 200,
         *       "data": {
         *         "status_details": "SEANCE_SIMULATE_PERIOD_CLOSED_SUCCESS"
         *       },
         *       "request": {
         *         "period_start": "2025-01-01",
         *         "period_end": "2025-12-31"
         *       }
         *     }
         */
        SeanceSimulatePeriodClosedSuccess: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 200;
            data: {
                status_details: components["schemas"]["StatusDetails"];
            };
            request: components["schemas"]["SeancePeriodClosed"];
        } & WithRequired<components["schemas"]["SeancePeriodClosedSuccess"], "status" | "data" | "request">;
        /**
         * BadRequestWithSeancePeriodClosedMessagesError
         * @description Body of a 400 of a seance period close (or its simulation): what is wrong with the period, field by field.
         *
         *     Inferred: the navigation lists `BadRequestWithSeancePeriodClosedMessagesError` without its fields, and no operation that closes a period is published, only its simulation, whose 400 (`BadRequestWithSeanceSimulatePeriodClosedMessagesError`) also matches this one (`allOf`). Its keys are the fields of `SeancePeriodClosed` and the `email` the simulation is sent to. The shape follows the API's documented `{status, data, request}` envelope; `messages` maps each field of the request to what is wrong with it, which is what a schema of its own per operation suggests (the keys are that operation's fields). Fields not listed may appear too.
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         * @example {
         *       "status": 400,
         *       "data": {
         *         "message": "The request is invalid",
         *         "messages": {
         *           "period_end": [
         *             "must not be before period_start"
         *           ]
         *         }
         *       }
         *     }
         */
        BadRequestWithSeancePeriodClosedMessagesError: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 400;
            data: {
                /** @description Summary of what was wrong, for a human reader. */
                message: string;
                /** @description What is wrong with each field, by field name (a field may carry several messages). */
                messages: {
                    period_start?: string[];
                    period_end?: string[];
                    email?: string[];
                } & {
                    [key: string]: string[];
                };
            };
            /** @description The request body as received, echoed back (free-form, since it may be what was wrong). */
            request?: unknown;
        };
        /**
         * BadRequestWithSeanceSimulatePeriodClosedMessagesError
         * @description Body of a 400 of *Simulate Close a seance period*: what is wrong with the request, field by field (the period,
         *     and the e-mail address the simulation is sent to).
         *
         *     Inferred: the provider's pages name this 400 schema for the simulation without its fields. It is modelled on
         *     `BadRequestWithSeancePeriodClosedMessagesError` (a simulation is refused for the reasons the close would be),
         *     which it also matches; its keys are the fields of the simulation's request. The shape follows the API's documented
         *     `{status, data, request}` envelope.
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         * @example {
         *       "status": 400,
         *       "data": {
         *         "message": "The request is invalid",
         *         "messages": {
         *           "email": [
         *             "must be an e-mail address"
         *           ]
         *         }
         *       }
         *     }
         */
        BadRequestWithSeanceSimulatePeriodClosedMessagesError: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 400;
            data: {
                /** @description Summary of what was wrong, for a human reader. */
                message: string;
                /** @description What is wrong with each field, by field name (a field may carry several messages). */
                messages: {
                    period_start?: string[];
                    period_end?: string[];
                    email?: string[];
                } & {
                    [key: string]: string[];
                };
            };
            /** @description The request body as received, echoed back (free-form, since it may be what was wrong). */
            request?: unknown;
        } & WithRequired<components["schemas"]["BadRequestWithSeancePeriodClosedMessagesError"], "status" | "data">;
        /**
         * CompanyUpdate
         * @description Body of *Update company information* (`PATCH /v2/company/{company_uid}`): the company fields to change.
         *
         *     Inferred: the provider's pages give the operation's path, its JSON body and its responses, but not the body's
         *     fields. The one company field the API shows elsewhere is `company_pc` (in the premiums of the execute
         *     response); it is the one field typed here, and it is optional since other fields may be changed
         *     instead. The company is addressed by the path, so `company_uid` is not in the body. Send the fields
         *     you change.
         *
         *     Open object: the provider does not publish these fields, so a field the real API needs may be
         *     missing here. Any other field is accepted and sent as is; the fields typed here keep their types.
         */
        CompanyUpdate: {
            /**
             * @description Joint committee (*paritair comité / commission paritaire*) the company falls under, e.g. `149.01`.
             * @example 149.02
             */
            company_pc?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * CompanyUpdateSuccess
         * @description Body of a successful *Update company information*: the outcome code and the update echoed back.
         *
         *     Inferred: the provider's pages name this 200 schema for `PATCH /v2/company/{company_uid}` without its fields. The
         *     shape follows the documented `{status, data, request}` envelope and the documented simulate success (`data`
         *     carries only `status_details`). The example's status code is illustrative.
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         */
        CompanyUpdateSuccess: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 200;
            data: {
                status_details: components["schemas"]["StatusDetails"];
            };
            request: components["schemas"]["CompanyUpdate"];
        };
        /**
         * BadRequestWithCompanyUpdateMessagesError
         * @description Body of a 400 of *Update company information*: what is wrong with the update, field by field.
         *
         *     Inferred: the provider's pages name this 400 schema for `PATCH /v2/company/{company_uid}` without its fields; its keys are the fields of `CompanyUpdate`. The shape follows the API's documented `{status, data, request}` envelope; `messages` maps each field of the request to what is wrong with it, which is what a schema of its own per operation suggests (the keys are that operation's fields). Fields not listed may appear too.
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         * @example {
         *       "status": 400,
         *       "data": {
         *         "message": "The request is invalid",
         *         "messages": {
         *           "company_pc": [
         *             "must not be empty"
         *           ]
         *         }
         *       }
         *     }
         */
        BadRequestWithCompanyUpdateMessagesError: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 400;
            data: {
                /** @description Summary of what was wrong, for a human reader. */
                message: string;
                /** @description What is wrong with each field, by field name (a field may carry several messages). */
                messages: {
                    company_pc?: string[];
                } & {
                    [key: string]: string[];
                };
            };
            /** @description The request body as received, echoed back (free-form, since it may be what was wrong). */
            request?: unknown;
        };
        /**
         * CompanyImportCsvFormat
         * @description One company to import: a row of the CSV file of *Bulk Imports companies* (the property names are the CSV's
         *     header columns), or one item of the JSON array of *Imports companies*.
         *
         *     Inferred: the navigation names `CompanyImportCsvFormat`, which says the companies are imported as CSV, without
         *     its columns. The columns are the company fields the API shows elsewhere: `company_uid` (execute request) and
         *     `company_pc` (execute response).
         *
         *     Open object: the provider does not publish the columns, so a column the real API needs may be
         *     missing here. Any other column is accepted and sent as is; the columns typed here keep their types.
         */
        CompanyImportCsvFormat: {
            /**
             * @description Your identifier of the company, used as `company_uid` in seances.
             * @example company-1042
             */
            company_uid: string;
            /**
             * @description Joint committee the company falls under, e.g. `149.01`.
             * @example 149.01
             */
            company_pc: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * CompanyResponse
         * @description Body of a successful company import (*Imports companies* and *Bulk Imports companies*): the outcome code.
         *
         *     Inferred: the navigation lists `CompanyResponse` among the response schemas without its fields; the company
         *     imports are the company operations without a success schema of their own. The shape follows the documented
         *     `{status, data, request}` envelope and the documented simulate success (`data` carries only
         *     `status_details`). `request`, when present, echoes the imported rows. The example's status code is illustrative.
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         */
        CompanyResponse: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 200;
            data: {
                status_details: components["schemas"]["StatusDetails"];
            };
            /** @description The imported rows, echoed back. */
            request?: components["schemas"]["CompanyImportCsvFormat"][];
        };
        /**
         * BadRequestWithMessagesError
         * @description Body of a 400 listing what is wrong with the request, field by field. Answered by the company and trainee imports, whose keys name the row and the column (for example `2.company_uid`: the second row's `company_uid`).
         *
         *     Inferred: the navigation lists `BadRequestWithMessagesError` without its fields; the imports are the operations without a 400 schema of their own. The shape follows the API's documented `{status, data, request}` envelope; `messages` maps each field of the request to what is wrong with it, which is what a schema of its own per operation suggests (the keys are that operation's fields). Fields not listed may appear too.
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         * @example {
         *       "status": 400,
         *       "data": {
         *         "message": "The request is invalid",
         *         "messages": {
         *           "1.company_uid": [
         *             "must not be empty"
         *           ]
         *         }
         *       }
         *     }
         */
        BadRequestWithMessagesError: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 400;
            data: {
                /** @description Summary of what was wrong, for a human reader. */
                message: string;
                /** @description What is wrong with each field, by field name (a field may carry several messages). */
                messages: {
                    [key: string]: string[];
                };
            };
            /** @description The request body as received, echoed back (free-form, since it may be what was wrong). */
            request?: unknown;
        };
        /**
         * BadRequestError
         * @description Body of a 400 that concerns the request as a whole rather than given fields (for example a bulk import whose file is not CSV or lacks a header column).
         *
         *     Inferred: the navigation lists `BadRequestError` without its fields. The shape follows the API's documented `{status, data, request}` envelope; unlike the `BadRequestWith…MessagesError` bodies it carries no per-field `messages`.
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         * @example {
         *       "status": 400,
         *       "data": {
         *         "message": "The file is not a CSV file with a header row"
         *       }
         *     }
         */
        BadRequestError: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 400;
            data: {
                /** @description What went wrong, for a human reader. */
                message: string;
            };
            /** @description The request body as received, echoed back (free-form, since it may be what was wrong). */
            request?: unknown;
        };
        /**
         * TraineeImportCsvFormat
         * @description One trainee to import: a row of the CSV file of *Bulk Imports Trainee* (the property names are the CSV's header
         *     columns), or one item of the JSON array of *Imports Trainee*.
         *
         *     Inferred: the navigation names `TraineeImportCsvFormat`, which says the trainees are imported as CSV, without its
         *     columns. The columns are the trainee fields of the documented execute request (`trainee_uid`, `trainee_pc`,
         *     `trainee_etp`) and the company the trainee works for (`company_uid`). Only the identifiers are required: the
         *     execute request carries the joint committee and full-time equivalent with every seance anyway.
         *
         *     Open object: the provider does not publish the columns, so a column the real API needs may be
         *     missing here. Any other column is accepted and sent as is; the columns typed here keep their types.
         */
        TraineeImportCsvFormat: {
            /**
             * @description Your identifier of the trainee, used as `trainee_uid` in seances.
             * @example trainee-5531
             */
            trainee_uid: string;
            /**
             * @description Your identifier of the company the trainee works for.
             * @example company-1042
             */
            company_uid: string;
            /**
             * @description Joint committee the trainee falls under, e.g. `149.01`.
             * @example 149.01
             */
            trainee_pc?: string;
            /**
             * @description Trainee's full-time equivalent, as a string.
             * @example 1.00
             */
            trainee_etp?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Success
         * @description Generic success body: the outcome code in `data.status_details`, and the request echoed back. Answered by the
         *     trainee imports, which have no success schema of their own.
         *
         *     Inferred: the navigation lists `Success` among the response schemas without its fields; the shape follows the
         *     API's documented `{status, data, request}` envelope and the documented simulate success, whose `data` carries
         *     only `status_details`. Which operations answer it is inferred: the trainee imports are the only operations the
         *     navigation gives no specific success schema. `request` is free-form because it echoes whichever body was sent.
         *
         *     Open object (here and in `data`): the provider does not say a response carries no other field, so a field not listed here is accepted (and not typed).
         */
        Success: {
            /**
             * @description The HTTP status, repeated.
             * @constant
             */
            status: 200;
            data: {
                status_details: components["schemas"]["StatusDetails"];
            };
            /** @description The request body, echoed back (its shape depends on the operation). */
            request?: unknown;
        };
    };
    responses: {
        /** @description The access token (RFC 6749 §5.1). */
        TokenIssued: {
            headers: {
                /**
                 * @description `no-store`: tokens must not be cached by intermediaries (RFC 6749 §5.1).
                 * @example no-store
                 */
                "Cache-Control"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuth2Token"];
            };
        };
        /** @description The token request is invalid (RFC 6749 §5.2), e.g. an unsupported grant type or an unknown scope. */
        TokenBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuth2Error"];
            };
        };
        /** @description The client id or secret is wrong (`invalid_client`, RFC 6749 §5.2). */
        TokenUnauthorized: {
            headers: {
                /**
                 * @description `Basic` challenge, when the client authenticated with HTTP Basic (RFC 6749 §5.2).
                 * @example Basic realm="premiums"
                 */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuth2Error"];
            };
        };
        /**
         * @description OK. The request succeeded. The request provide data in the response (the premiums the seance was matched against).
         *     Its schema is named `SimulateResponse` on our reading: the page does not name it (see the schema).
         */
        SeanceExecuted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SimulateResponse"];
            };
        };
        /** @description Bad Request. The seance information is invalid; `data.messages` says what is wrong with each field (body inferred). */
        ExecuteSeanceBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BadRequestWithSessionInformationError"];
            };
        };
        /** @description Unauthorized. No access token, or an expired, revoked or insufficient one (body inferred). Fetch a new token and retry once. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnauthorizedError"];
            };
        };
        /** @description Too Many Requests. Wait and retry (body inferred). */
        TooManyRequests: {
            headers: {
                /**
                 * @description Seconds to wait before retrying (inferred: the standard header of a 429, RFC 9110 §10.2.3 and RFC 6585 §4;
                 *     the page does not say whether the API sends it).
                 * @example 30
                 */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TooManyRequestsMessagesError"];
            };
        };
        /** @description Internal Server Error. The API failed to process the request; retrying later may succeed (body inferred). */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["InternalError"];
            };
        };
        /** @description The seance was cancelled (inferred). */
        SeanceCancelled: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SeanceCancelSuccess"];
            };
        };
        /** @description Bad Request. The cancellation is invalid; `data.messages` says what is wrong with each field (inferred). */
        CancelSeanceBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BadRequestWithSeanceCancelMessagesError"];
            };
        };
        /**
         * @description The seance was updated (inferred): either (re)confirmed with its new values, with the premiums recomputed
         *     (`SeanceConfirmSuccess`), or confirmed as paid (`SeancePaidConfirmSuccess`). The two bodies differ by `data`
         *     (only the first carries `premiums`); only one of them matches a given body.
         */
        SeanceUpdated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SeanceConfirmSuccess"] | components["schemas"]["SeancePaidConfirmSuccess"];
            };
        };
        /**
         * @description Bad Request (inferred). The update is invalid, or the seance cannot be confirmed
         *     (`BadRequestWithSeanceConfirmMessagesError`) or confirmed as paid (`BadRequestWithSeancePaidConfirmMessagesError`);
         *     `data.messages` says what is wrong with each field. Both bodies have the same fields.
         */
        UpdateSeanceBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BadRequestWithSeanceConfirmMessagesError"] | components["schemas"]["BadRequestWithSeancePaidConfirmMessagesError"];
            };
        };
        /** @description Not Found. No seance has this `seance_uid` (inferred). */
        SeanceNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NotFoundError"];
            };
        };
        /** @description SeanceSimulatePeriodClosedSuccess. The request succeeded. The request does not provide any data in the response. */
        SeancePeriodCloseSimulated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SeanceSimulatePeriodClosedSuccess"];
            };
        };
        /** @description BadRequestWithSeanceSimulatePeriodClosedMessagesError. The request is invalid; `data.messages` says what is wrong with each field (body inferred). */
        SimulatePeriodClosedBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BadRequestWithSeanceSimulatePeriodClosedMessagesError"];
            };
        };
        /** @description CompanyUpdateSuccess. The company was updated. */
        CompanyUpdated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CompanyUpdateSuccess"];
            };
        };
        /** @description BadRequestWithCompanyUpdateMessagesError. The update is invalid; `data.messages` says what is wrong with each field (body inferred). */
        CompanyUpdateBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BadRequestWithCompanyUpdateMessagesError"];
            };
        };
        /** @description The companies were imported (inferred). */
        CompaniesImported: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CompanyResponse"];
            };
        };
        /** @description Bad Request. Rows are invalid; `data.messages` says what is wrong, keyed by row and column (inferred). */
        ImportBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BadRequestWithMessagesError"];
            };
        };
        /**
         * @description Bad Request (inferred). Either the file as a whole is unusable (`BadRequestError`: not CSV, a header column
         *     missing), or rows are invalid (`BadRequestWithMessagesError`, keyed by row and column). The two bodies differ
         *     by `data.messages` (only the second has it); only one of them matches a given body.
         */
        BulkImportBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BadRequestError"] | components["schemas"]["BadRequestWithMessagesError"];
            };
        };
        /** @description The trainees were imported (inferred). */
        TraineesImported: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Success"];
            };
        };
    };
    parameters: {
        /**
         * @description Your identifier of the seance, the `seance_uid` you sent when you executed it.
         *     Inferred: the path parameter follows the documented `PATCH /v2/company/{company_uid}`.
         */
        SeanceUid: string;
        /** @description Your identifier of the company, the `company_uid` you send with its seances and imports. */
        CompanyUid: string;
    };
    requestBodies: {
        /** @description The client-credentials grant, form-encoded. Send `client_id` and `client_secret` here, or with HTTP Basic. */
        RequestAccessToken: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OAuth2TokenRequest"];
            };
        };
        /** @description The seance to execute. */
        ExecuteSeance: {
            content: {
                "application/json": components["schemas"]["Seance"];
            };
        };
        /** @description The seance to cancel, as it was executed (inferred: the navigation names no cancel-specific request schema, so the cancel call sends the `Seance`). */
        CancelSeance: {
            content: {
                "application/json": components["schemas"]["Seance"];
            };
        };
        /** @description The seance fields to change (inferred). */
        UpdateSeance: {
            content: {
                "application/json": components["schemas"]["SeanceUpdate"];
            };
        };
        /** @description The period to simulate the close of, and where to send the simulation. */
        SimulatePeriodClosed: {
            content: {
                "application/json": components["schemas"]["SeanceSimulatePeriodClosed"];
            };
        };
        /** @description The company fields to change (fields inferred). */
        UpdateCompany: {
            content: {
                "application/json": components["schemas"]["CompanyUpdate"];
            };
        };
        /** @description The companies to import, one `CompanyImportCsvFormat` row per company, as JSON (inferred). */
        ImportCompanies: {
            content: {
                "application/json": components["schemas"]["CompanyImportCsvFormat"][];
            };
        };
        /**
         * @description A CSV file of companies: a header row naming the columns of `CompanyImportCsvFormat` (`company_uid`, `company_pc`), then one row per
         *     company. Comma-separated, UTF-8, quoted per RFC 4180 where a value contains a comma, a quote or a line break.
         *
         *     Inferred: that the bulk import takes CSV comes from the schema name `CompanyImportCsvFormat` in the navigation; the
         *     media types are inferred too. Send the file either as the raw body (`text/csv`) or as a form upload
         *     (`multipart/form-data`, the file in a part named `file`), the usual ways to upload a file to an API.
         */
        BulkImportCompanies: {
            content: {
                "text/csv": string;
                "multipart/form-data": {
                    /** @description The CSV file. Columns are those of `CompanyImportCsvFormat`. */
                    file: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        /** @description The trainees to import, one `TraineeImportCsvFormat` row per trainee, as JSON (inferred). */
        ImportTrainees: {
            content: {
                "application/json": components["schemas"]["TraineeImportCsvFormat"][];
            };
        };
        /**
         * @description A CSV file of trainees: a header row naming the columns of `TraineeImportCsvFormat` (`trainee_uid`, `company_uid`, `trainee_pc`, `trainee_etp`), then one row per
         *     trainee. Comma-separated, UTF-8, quoted per RFC 4180 where a value contains a comma, a quote or a line break.
         *
         *     Inferred: that the bulk import takes CSV comes from the schema name `TraineeImportCsvFormat` in the navigation; the
         *     media types are inferred too. Send the file either as the raw body (`text/csv`) or as a form upload
         *     (`multipart/form-data`, the file in a part named `file`), the usual ways to upload a file to an API.
         */
        BulkImportTrainees: {
            content: {
                "text/csv": string;
                "multipart/form-data": {
                    /** @description The CSV file. Columns are those of `TraineeImportCsvFormat`. */
                    file: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type OAuth2TokenRequest = components['schemas']['OAuth2TokenRequest'];
export type OAuth2Token = components['schemas']['OAuth2Token'];
export type OAuth2Error = components['schemas']['OAuth2Error'];
export type Seance = components['schemas']['Seance'];
export type Premium = components['schemas']['Premium'];
export type StatusDetails = components['schemas']['StatusDetails'];
export type SimulateResponse = components['schemas']['SimulateResponse'];
export type BadRequestWithSessionInformationError = components['schemas']['BadRequestWithSessionInformationError'];
export type UnauthorizedError = components['schemas']['UnauthorizedError'];
export type TooManyRequestsMessagesError = components['schemas']['TooManyRequestsMessagesError'];
export type InternalError = components['schemas']['InternalError'];
export type SeanceCancelSuccess = components['schemas']['SeanceCancelSuccess'];
export type BadRequestWithSeanceCancelMessagesError = components['schemas']['BadRequestWithSeanceCancelMessagesError'];
export type SeanceUpdate = components['schemas']['SeanceUpdate'];
export type SeanceConfirmSuccess = components['schemas']['SeanceConfirmSuccess'];
export type SeancePaidConfirmSuccess = components['schemas']['SeancePaidConfirmSuccess'];
export type BadRequestWithSeanceConfirmMessagesError = components['schemas']['BadRequestWithSeanceConfirmMessagesError'];
export type BadRequestWithSeancePaidConfirmMessagesError = components['schemas']['BadRequestWithSeancePaidConfirmMessagesError'];
export type NotFoundError = components['schemas']['NotFoundError'];
export type SeanceSimulatePeriodClosed = components['schemas']['SeanceSimulatePeriodClosed'];
export type SeancePeriodClosed = components['schemas']['SeancePeriodClosed'];
export type SeancePeriodClosedSuccess = components['schemas']['SeancePeriodClosedSuccess'];
export type SeanceSimulatePeriodClosedSuccess = components['schemas']['SeanceSimulatePeriodClosedSuccess'];
export type BadRequestWithSeancePeriodClosedMessagesError = components['schemas']['BadRequestWithSeancePeriodClosedMessagesError'];
export type BadRequestWithSeanceSimulatePeriodClosedMessagesError = components['schemas']['BadRequestWithSeanceSimulatePeriodClosedMessagesError'];
export type CompanyUpdate = components['schemas']['CompanyUpdate'];
export type CompanyUpdateSuccess = components['schemas']['CompanyUpdateSuccess'];
export type BadRequestWithCompanyUpdateMessagesError = components['schemas']['BadRequestWithCompanyUpdateMessagesError'];
export type CompanyImportCsvFormat = components['schemas']['CompanyImportCsvFormat'];
export type CompanyResponse = components['schemas']['CompanyResponse'];
export type BadRequestWithMessagesError = components['schemas']['BadRequestWithMessagesError'];
export type BadRequestError = components['schemas']['BadRequestError'];
export type TraineeImportCsvFormat = components['schemas']['TraineeImportCsvFormat'];
export type Success = components['schemas']['Success'];
export type ResponseTokenIssued = components['responses']['TokenIssued'];
export type ResponseTokenBadRequest = components['responses']['TokenBadRequest'];
export type ResponseTokenUnauthorized = components['responses']['TokenUnauthorized'];
export type ResponseSeanceExecuted = components['responses']['SeanceExecuted'];
export type ResponseExecuteSeanceBadRequest = components['responses']['ExecuteSeanceBadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalError = components['responses']['InternalError'];
export type ResponseSeanceCancelled = components['responses']['SeanceCancelled'];
export type ResponseCancelSeanceBadRequest = components['responses']['CancelSeanceBadRequest'];
export type ResponseSeanceUpdated = components['responses']['SeanceUpdated'];
export type ResponseUpdateSeanceBadRequest = components['responses']['UpdateSeanceBadRequest'];
export type ResponseSeanceNotFound = components['responses']['SeanceNotFound'];
export type ResponseSeancePeriodCloseSimulated = components['responses']['SeancePeriodCloseSimulated'];
export type ResponseSimulatePeriodClosedBadRequest = components['responses']['SimulatePeriodClosedBadRequest'];
export type ResponseCompanyUpdated = components['responses']['CompanyUpdated'];
export type ResponseCompanyUpdateBadRequest = components['responses']['CompanyUpdateBadRequest'];
export type ResponseCompaniesImported = components['responses']['CompaniesImported'];
export type ResponseImportBadRequest = components['responses']['ImportBadRequest'];
export type ResponseBulkImportBadRequest = components['responses']['BulkImportBadRequest'];
export type ResponseTraineesImported = components['responses']['TraineesImported'];
export type ParameterSeanceUid = components['parameters']['SeanceUid'];
export type ParameterCompanyUid = components['parameters']['CompanyUid'];
export type RequestBodyRequestAccessToken = components['requestBodies']['RequestAccessToken'];
export type RequestBodyExecuteSeance = components['requestBodies']['ExecuteSeance'];
export type RequestBodyCancelSeance = components['requestBodies']['CancelSeance'];
export type RequestBodyUpdateSeance = components['requestBodies']['UpdateSeance'];
export type RequestBodySimulatePeriodClosed = components['requestBodies']['SimulatePeriodClosed'];
export type RequestBodyUpdateCompany = components['requestBodies']['UpdateCompany'];
export type RequestBodyImportCompanies = components['requestBodies']['ImportCompanies'];
export type RequestBodyBulkImportCompanies = components['requestBodies']['BulkImportCompanies'];
export type RequestBodyImportTrainees = components['requestBodies']['ImportTrainees'];
export type RequestBodyBulkImportTrainees = components['requestBodies']['BulkImportTrainees'];
export type $defs = Record<string, never>;
export interface operations {
    requestAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["RequestAccessToken"];
        responses: {
            200: components["responses"]["TokenIssued"];
            400: components["responses"]["TokenBadRequest"];
            401: components["responses"]["TokenUnauthorized"];
        };
    };
    executeSeance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ExecuteSeance"];
        responses: {
            200: components["responses"]["SeanceExecuted"];
            400: components["responses"]["ExecuteSeanceBadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    cancelSeance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CancelSeance"];
        responses: {
            200: components["responses"]["SeanceCancelled"];
            400: components["responses"]["CancelSeanceBadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    updateSeance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your identifier of the seance, the `seance_uid` you sent when you executed it.
                 *     Inferred: the path parameter follows the documented `PATCH /v2/company/{company_uid}`.
                 */
                seance_uid: components["parameters"]["SeanceUid"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateSeance"];
        responses: {
            200: components["responses"]["SeanceUpdated"];
            400: components["responses"]["UpdateSeanceBadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SeanceNotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    simulateCloseSeancePeriod: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["SimulatePeriodClosed"];
        responses: {
            200: components["responses"]["SeancePeriodCloseSimulated"];
            400: components["responses"]["SimulatePeriodClosedBadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Your identifier of the company, the `company_uid` you send with its seances and imports. */
                company_uid: components["parameters"]["CompanyUid"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateCompany"];
        responses: {
            200: components["responses"]["CompanyUpdated"];
            400: components["responses"]["CompanyUpdateBadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    importCompanies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ImportCompanies"];
        responses: {
            200: components["responses"]["CompaniesImported"];
            400: components["responses"]["ImportBadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    bulkImportCompanies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["BulkImportCompanies"];
        responses: {
            200: components["responses"]["CompaniesImported"];
            400: components["responses"]["BulkImportBadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    importTrainees: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ImportTrainees"];
        responses: {
            200: components["responses"]["TraineesImported"];
            400: components["responses"]["ImportBadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    bulkImportTrainees: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["BulkImportTrainees"];
        responses: {
            200: components["responses"]["TraineesImported"];
            400: components["responses"]["BulkImportBadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};

export const specInfo = {"title":"Premiums API","version":"v2"} as const;
