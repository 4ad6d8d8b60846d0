// Generated from specs/coanda by @partner-apis/typegen (openapi-typescript): do not edit.
// Regenerate with `pnpm turbo run generate`.
export interface paths {
    "/user-service/v1/token/acquire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Generate an authorization token
         * @description This endpoint generate a JWT token from a combination of username and password. It returns the JWT
         *     token as a raw string in the response body (`text/plain`); send it as `Authorization: Bearer <token>`
         *     on every other endpoint. This endpoint itself needs no token.
         *
         *     The page does not say how long a token is valid, and its example token has no `exp` claim. The error
         *     statuses are those of the page's general error table, which applies to every endpoint; for this one a
         *     401 presumably means the username/password pair was rejected (an inference: the table says "Token is
         *     invalid").
         */
        get: operations["acquireToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/simulator-service/simulator/free_management": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Free Management
         * @description This endpoint performs a simulation for free management allocations. It takes the portfolio composition (`portfolio_composition`: assets and weights).
         *
         *     The request body is a JSON object representing a simulation request. The page's parameter table
         *     names the start date `start_date`, while every request it sends (its curl examples) uses
         *     `simulation_start_date`, and the page does not say which name the live API reads. On our reading,
         *     `simulation_start_date` is the better-evidenced wire name: send it (the first example below). This
         *     contract accepts exactly one of the two (both spellings are in the examples below) and rejects a
         *     body with both or neither (the mock answers 422 and names the fields).
         *     The page's example closes objects with trailing commas (invalid JSON): they are removed here.
         *
         *     The answer is a SimulationResult, the same for the three management modes. The page shows it with
         *     type names ("float", "int") where values go; the example below carries realistic numbers instead.
         */
        post: operations["simulateFreeManagement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/simulator-service/simulator/delegated_management": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delegated Management
         * @description This endpoint performs a simulation for delegated management allocations. It takes a delegated profile (`profile_idx`, provided by AAA).
         *
         *     The request body is a JSON object representing a simulation request. The page's parameter table
         *     names the start date `start_date`, while every request it sends (its curl examples) uses
         *     `simulation_start_date`, and the page does not say which name the live API reads. On our reading,
         *     `simulation_start_date` is the better-evidenced wire name: send it (the first example below). This
         *     contract accepts exactly one of the two (both spellings are in the examples below) and rejects a
         *     body with both or neither (the mock answers 422 and names the fields).
         *
         *     The answer is a SimulationResult, the same for the three management modes. The page shows it with
         *     type names ("float", "int") where values go; the example below carries realistic numbers instead.
         */
        post: operations["simulateDelegatedManagement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/simulator-service/simulator/glidepath_management": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Glidepath Management
         * @description This endpoint performs a simulation for glidepath management allocations. It takes a delegated profile (`profile_idx`, provided by AAA) and the customer's `age`.
         *
         *     The request body is a JSON object representing a simulation request. The page's parameter table
         *     names the start date `start_date`, while every request it sends (its curl examples) uses
         *     `simulation_start_date`, and the page does not say which name the live API reads. On our reading,
         *     `simulation_start_date` is the better-evidenced wire name: send it (the first example below). This
         *     contract accepts exactly one of the two (both spellings are in the examples below) and rejects a
         *     body with both or neither (the mock answers 422 and names the fields).
         *
         *     The answer is a SimulationResult, the same for the three management modes. The page shows it with
         *     type names ("float", "int") where values go; the example below carries realistic numbers instead.
         */
        post: operations["simulateGlidepathManagement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/premia/api/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a Premia Session
         * @description This endpoint allows you to create a Premia session. You authenticate with a JWT, create a session
         *     via the API, then redirect the user to Premia with the returned session hash:
         *     `{BASE_UI_URL}/premia/sessions?hash={sessionHash}`, where `{BASE_UI_URL}` is the Premia host you are
         *     integrating with (staging, production, etc.). The same URL resumes a session whose hash you know.
         *
         *     The request body is built differently depending on the use case; the two examples are the page's:
         *     subscription to a new contract, and contribution / redemption / change in allocation on an
         *     existing contract (with made-up people in place of the page's).
         *
         *     If the input is invalid or you do not have access, the API will return standard HTTP errors (400,
         *     403, 404) with a JSON body describing the issue; the general error table (401, 403, 404, 405, 422,
         *     429, 500, 503) applies too. The body shape is not published (see ErrorResponse, inferred). Invalid
         *     input may therefore come back as 400 (this section) or 422 (the general table, which calls 422
         *     "Bad Request"): treat both as invalid input. The mock answers 422 (Prism picks 422 when both
         *     are declared) and names the offending fields in its `sl-violations` header.
         *
         *     Inferred: the success status (the page shows the body `{ "sessionHash": "abc123" }` without a status;
         *     200 is assumed).
         */
        post: operations["createPremiaSession"];
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
         * AccessToken
         * @description The JWT, returned as a raw string in the response body (`text/plain`, not JSON). Send it as
         *     `Authorization: Bearer <token>`. The page does not document the token's claims or lifetime, and its
         *     example token (`{"sub":"1234567890","name":"John Doe","admin":true}`) carries no `exp`: clients should
         *     read `exp` when present. The pattern (three base64url segments) is the JWT compact form.
         */
        AccessToken: string;
        /**
         * ErrorResponse
         * @description Inferred. Coanda does not publish its error bodies: the Premia section only says the API returns
         *     "standard HTTP errors (400, 403, 404) with a JSON body describing the issue", and the general error
         *     table gives status codes and meanings only. This shape (the usual `status` / `error` / `message`
         *     fields of a JSON error body) is our inference so that clients have a typed place to read a message;
         *     every field is optional and a real response may carry none of them. Open object, with no range or
         *     format enforced on these fields: a real error body may carry other fields.
         */
        ErrorResponse: {
            /** @description The HTTP status code repeated in the body (inferred). */
            status?: number;
            /** @description The HTTP reason phrase or a short error code (inferred). */
            error?: string;
            /** @description A human-readable description of the issue (inferred). */
            message?: string;
            /** @description The request path that failed (inferred). */
            path?: string;
            /** @description When the error occurred (inferred; no date format is enforced). */
            timestamp?: string;
        };
        /**
         * YearMonth
         * @description A month written `YYYYMM` (for example `202008` for August 2020). Format is YYYYMM.
         * @example 202008
         */
        YearMonth: string;
        /**
         * SimpleCashFlow
         * @description A one-time cash contribution or withdrawal (the SimpleCashFlow object).
         */
        SimpleCashFlow: {
            /** @description The amount of the cash flow. */
            amount: number;
            /** @description The date of the cash flow. Format is YYYYMM. */
            date: components["schemas"]["YearMonth"];
        };
        /**
         * CashFlowFrequency
         * @description Frequency of the recurrence. Can be MONTHLY/QUARTERLY/YEARLY/SEMI_ANNUALLY.
         *
         *     Not the same list as Premia's `PremiaContributionFrequency` (`MONTHLY`, `QUARTERLY`, `SEMIANNUALLY`,
         *     `ANNUALLY`): the page documents the simulators with `YEARLY` and `SEMI_ANNUALLY` and Premia with
         *     `ANNUALLY` and `SEMIANNUALLY`. Each enum is kept exactly as its own section writes it; do not send one
         *     API's spelling to the other.
         * @enum {string}
         */
        CashFlowFrequency: "MONTHLY" | "QUARTERLY" | "YEARLY" | "SEMI_ANNUALLY";
        /**
         * PeriodicCashFlow
         * @description A recurring cash contribution or withdrawal (the PeriodicCashFlow object).
         */
        PeriodicCashFlow: {
            /** @description The amount of the cash flow. */
            amount: number;
            /** @description The date to start the recurrence. Format is YYYYMM. */
            start_date: components["schemas"]["YearMonth"];
            /** @description The date to end the recurrence. Format is YYYYMM. */
            end_date: components["schemas"]["YearMonth"];
            /** @description Frequency of the recurrence. Can be MONTHLY/QUARTERLY/YEARLY/SEMI_ANNUALLY */
            frequency: components["schemas"]["CashFlowFrequency"];
        };
        /**
         * WeightedAsset
         * @description One asset of the portfolio and its weight (the WeightedAsset object). The page gives the fields and
         *     types; the ISIN and currency patterns and the 0-100 range of `percentage` follow from "ISIN code",
         *     "trigram" and "as a percentage". The page does not say the weights must add up to 100; its example's do.
         */
        WeightedAsset: {
            /**
             * @description The ISIN code of the asset.
             * @example LU1883308352
             */
            isin: string;
            /**
             * @description The currency of the asset, identified by a trigram (e.g. “EUR”).
             * @example EUR
             */
            currency: string;
            /**
             * @description The weight the asset represent in the portfolio, as a percentage (between 0 and 100 on our reading, not enforced).
             * @example 50
             */
            percentage: number;
        };
        /**
         * FreeManagementSimulationRequest
         * @description The request body is a JSON object representing a simulation request (the SimulationRequest object
         *     of the free management section).
         *
         *     Start date: the tables name the field `start_date` (mandatory), while every request the page
         *     actually sends (its curl examples) uses `simulation_start_date`; the page does not say which name
         *     the live API reads. On our reading, `simulation_start_date` is the better-evidenced wire name:
         *     send it. This contract still accepts exactly one of the two, `start_date` (the tables' name) or
         *     `simulation_start_date` (the examples' name), never both and never neither.
         *
         *     The page's free management example closes objects with trailing commas, which is invalid JSON;
         *     the examples in this contract are the page's body without them.
         *
         *     Closed object (inferred): the page lists every field, so a misspelt field is rejected by the mock and
         *     by the generated types instead of being ignored. The page does not say how the live API treats
         *     unknown fields.
         */
        FreeManagementSimulationRequest: {
            /**
             * @description Unique identifier of the simulator to use. Provided by AAA.
             * @example aaaic:simulators:243
             */
            simulator_uuid: string;
            /** @description The amount of money the client wishes to reach at horizon. */
            target_amount?: number;
            /** @description The length (in number of months) of the project’s analysis period. (That it is at least 1 is our reading, not enforced.) */
            horizon: number;
            /** @description The money the client has on his account before the project starts. */
            current_savings?: number;
            /**
             * @description The starting point in time of the simulation. Format is YYYYMM. The name the page's tables
             *     give the start date; no request on the page sends it. Send this or `simulation_start_date`
             *     (the better-evidenced wire name, on our reading), not both.
             */
            start_date?: components["schemas"]["YearMonth"];
            /**
             * @description The starting point in time of the simulation, under the name every request on the page sends
             *     (its curl examples; the tables call it `start_date`). The better-evidenced wire name, on our
             *     reading: prefer it. Accepted in place of `start_date`, never together with it. Format is YYYYMM.
             */
            simulation_start_date?: components["schemas"]["YearMonth"];
            /** @description The series of projected one-time cash contributions. */
            simple_deposits?: components["schemas"]["SimpleCashFlow"][];
            /** @description The series of projected recurring cash contributions. */
            periodic_deposits?: components["schemas"]["PeriodicCashFlow"][];
            /** @description The series of projected one-time cash withdrawals. */
            simple_withdrawals?: components["schemas"]["SimpleCashFlow"][];
            /** @description The series of projected recurring cash withdrawals. */
            periodic_withdrawals?: components["schemas"]["PeriodicCashFlow"][];
            /** @description Specifies the portfolio composition (assets and corresponding weights). At least one asset, on our reading (not enforced). */
            portfolio_composition: components["schemas"]["WeightedAsset"][];
        } & ({
            start_date: components["schemas"]["YearMonth"];
            simulation_start_date?: never;
        } | {
            simulation_start_date: components["schemas"]["YearMonth"];
            start_date?: never;
        });
        /**
         * ChartPoint
         * @description One point of a chart series (`x`, `y`). The page shows this object only in its example response, which writes type names ("float", "int", "string") in place of values: the types here are those names, and every key the example shows is required. The page does not say what
         *     `x` measures; the series look like Highcharts series (`lineWidth`, `zIndex`).
         *
         *     Open object: the page shows these keys, not that the response carries no other, so a key not shown is accepted (and not typed).
         */
        ChartPoint: {
            /** @description Abscissa of the point (float). */
            x: number;
            /** @description Ordinate of the point (float). */
            y: number;
        };
        /**
         * ChartSeries
         * @description A named series of points (an item of `graphs.scenarios_smooth`). The page shows this object only in its example response, which writes type names ("float", "int", "string") in place of values: the types here are those names, and every key the example shows is required.
         *
         *     Open object: the page shows these keys, not that the response carries no other, so a key not shown is accepted (and not typed).
         */
        ChartSeries: {
            /** @description Name of the series. */
            name: string;
            /** @description The points of the series. */
            data: components["schemas"]["ChartPoint"][];
        };
        /**
         * AreaPoint
         * @description One point of a synthesis band: its abscissa `x` and the band's `low` and `high` bounds.
         *     The page shows this object only in its example response, which writes type names ("float", "int", "string") in place of values: the types here are those names, and every key the example shows is required.
         *
         *     Open object: the page shows these keys, not that the response carries no other, so a key not shown is accepted (and not typed).
         */
        AreaPoint: {
            /** @description Abscissa of the point (float). */
            x: number;
            /** @description Upper bound of the band at `x` (float). */
            high: number;
            /** @description Lower bound of the band at `x` (float). */
            low: number;
        };
        /**
         * SimulationSynthesis
         * @description The synthesis chart: the savings and median curves and the lower, middle and upper bands of the
         *     simulated outcomes. The page shows this object only in its example response, which writes type names ("float", "int", "string") in place of values: the types here are those names, and every key the example shows is required. The example shows each entry as a single point object (not a list
         *     of points): this contract follows it.
         *
         *     Open object: the page shows these keys, not that the response carries no other, so a key not shown is accepted (and not typed).
         */
        SimulationSynthesis: {
            /** @description Cumulative savings. */
            savings: components["schemas"]["ChartPoint"];
            /** @description Median outcome. */
            median: components["schemas"]["ChartPoint"];
            /** @description Lower band of outcomes. */
            lower_area: components["schemas"]["AreaPoint"];
            /** @description Middle band of outcomes. */
            mid_area: components["schemas"]["AreaPoint"];
            /** @description Upper band of outcomes. */
            upper_area: components["schemas"]["AreaPoint"];
        };
        /**
         * ScenarioSeries
         * @description A drawn scenario series (an item of `graphs.scenarios`, e.g. the `savings` series) with its display
         *     hints `lineWidth` and `zIndex`. The page shows this object only in its example response, which writes type names ("float", "int", "string") in place of values: the types here are those names, and every key the example shows is required.
         *
         *     Open object: the page shows these keys, not that the response carries no other, so a key not shown is accepted (and not typed).
         */
        ScenarioSeries: {
            /**
             * @description Name of the series (the page's example shows `savings`).
             * @example savings
             */
            name: string;
            /** @description The points of the series. */
            data: components["schemas"]["ChartPoint"][];
            /** @description Display width of the line (float). */
            lineWidth: number;
            /** @description Display stacking order of the series (float). */
            zIndex: number;
        };
        /**
         * SimulationGraphs
         * @description Chart data of a simulation: the smoothed scenarios, the synthesis chart and the drawn scenario
         *     series. The page shows this object only in its example response, which writes type names ("float", "int", "string") in place of values: the types here are those names, and every key the example shows is required.
         *
         *     Open object: the page shows these keys, not that the response carries no other, so a key not shown is accepted (and not typed).
         */
        SimulationGraphs: {
            /** @description Number of simulated scenarios (int). */
            nb_scenarios: number;
            /** @description Smoothed scenario series. */
            scenarios_smooth: components["schemas"]["ChartSeries"][];
            synthesis: components["schemas"]["SimulationSynthesis"];
            /** @description Share of scenarios that reach the target amount, as a percentage (float; the unit is inferred from the name). */
            success_percentage: number;
            /** @description Share of scenarios ending above the cumulative savings, as a percentage (float; the unit is inferred from the name). */
            scenarios_perc_above_cumulative_savings: number;
            /** @description Identifier of the graphs. */
            id: string;
            /** @description Drawn scenario series. */
            scenarios: components["schemas"]["ScenarioSeries"][];
        };
        /**
         * QuantileStatistics
         * @description The 2.5 %, 25 %, 50 %, 75 % and 97.5 % quantiles of one statistic over the simulated scenarios. The
         *     keys contain a dot (`quantile_2.5`, `quantile_97.5`): read them with bracket notation.
         *     The page shows this object only in its example response, which writes type names ("float", "int", "string") in place of values: the types here are those names, and every key the example shows is required.
         *
         *     Open object: the page shows these keys, not that the response carries no other, so a key not shown is accepted (and not typed).
         */
        QuantileStatistics: {
            /** @description 2.5 % quantile (float). */
            "quantile_2.5": number;
            /** @description 25 % quantile (float). */
            quantile_25: number;
            /** @description Median (float). */
            quantile_50: number;
            /** @description 75 % quantile (float). */
            quantile_75: number;
            /** @description 97.5 % quantile (float). */
            "quantile_97.5": number;
        };
        /**
         * SimulationStatistics
         * @description Risk and return statistics of the simulated scenarios, each as quantiles. `sharp_ratio` is spelt so
         *     by the provider (the Sharpe ratio). The page shows this object only in its example response, which writes type names ("float", "int", "string") in place of values: the types here are those names, and every key the example shows is required. The page does not give units.
         *
         *     Open object: the page shows these keys, not that the response carries no other, so a key not shown is accepted (and not typed).
         */
        SimulationStatistics: {
            /** @description MAR ratio (return over maximum drawdown; the reading is inferred from the name). */
            mar_ratio: components["schemas"]["QuantileStatistics"];
            /** @description Sharpe ratio (spelt `sharp_ratio` by the provider). */
            sharp_ratio: components["schemas"]["QuantileStatistics"];
            /** @description Annualized return. */
            annualized_return: components["schemas"]["QuantileStatistics"];
            /** @description Maximum drawdown. */
            max_drawdown: components["schemas"]["QuantileStatistics"];
            /** @description Annualized volatility. */
            annualized_volatility: components["schemas"]["QuantileStatistics"];
        };
        /**
         * OutcomeRange
         * @description One line of the scenarios table: the maximum and minimum outcome and the range most scenarios fall
         *     in (`in_between`). The page shows this object only in its example response, which writes type names ("float", "int", "string") in place of values: the types here are those names, and every key the example shows is required.
         *
         *     Open object: the page shows these keys, not that the response carries no other, so a key not shown is accepted (and not typed).
         */
        OutcomeRange: {
            /** @description Highest outcome (float). */
            max: number;
            /** @description Lowest outcome (float). */
            min: number;
            /** @description The range between the extremes. */
            in_between: {
                /** @description Upper bound of the range (float). */
                high: number;
                /** @description Lower bound of the range (float). */
                low: number;
            };
        };
        /**
         * ScenariosTable
         * @description The table of outcomes at horizon (capital, gain or loss, absolute return) and the cumulative
         *     savings. The page shows this object only in its example response, which writes type names ("float", "int", "string") in place of values: the types here are those names, and every key the example shows is required.
         *
         *     Open object: the page shows these keys, not that the response carries no other, so a key not shown is accepted (and not typed).
         */
        ScenariosTable: {
            /** @description Distribution of the capital at horizon. */
            capital_distribution_at_horizon: components["schemas"]["OutcomeRange"];
            /** @description Capital gain or loss at horizon. */
            capital_gain_or_loss: components["schemas"]["OutcomeRange"];
            /** @description Absolute return at horizon. */
            absolute_return: components["schemas"]["OutcomeRange"];
            /** @description Cumulative savings (float). */
            cumulative_savings: number;
            /** @description Gross cumulative savings (float). */
            gross_cumulative_savings: number;
        };
        /**
         * UcAllocation
         * @description The share of one series in the allocation (`uc_allocation`; "UC" reads as unités de compte, unit-linked funds, an inference from the name). The page shows this object only in its example response, which writes type names ("float", "int", "string") in place of values: the types here are those names, and every key the example shows is required.
         *
         *     Open object: the page shows these keys, not that the response carries no other, so a key not shown is accepted (and not typed).
         */
        UcAllocation: {
            /** @description Name of the series (asset or asset class). */
            series: string;
            /** @description Its share of the allocation, as a percentage (float). */
            percentage: number;
        };
        /**
         * SimulationResult
         * @description The result of a simulation, the same for the three management modes: success percentage, chart
         *     data, statistics, scenarios table and unit-linked allocation. The page documents it only by an
         *     example that writes type names ("float", "int", "string") in place of values: the types here are
         *     those names, every key the example shows is required, and the examples in this contract carry
         *     realistic numbers instead of the type names.
         *
         *     Open object: the page shows these keys, not that the response carries no other, so a key not shown is accepted (and not typed).
         */
        SimulationResult: {
            /** @description Share of scenarios that reach the target amount, as a percentage (float; the unit is inferred from the name). */
            success_percentage: number;
            graphs: components["schemas"]["SimulationGraphs"];
            statistics: components["schemas"]["SimulationStatistics"];
            scenarios_table: components["schemas"]["ScenariosTable"];
            /** @description The unit-linked allocation. */
            uc_allocation: components["schemas"]["UcAllocation"][];
        };
        /**
         * DelegatedManagementSimulationRequest
         * @description The request body is a JSON object representing a simulation request (the SimulationRequest object
         *     of the delegated management section).
         *
         *     Start date: the tables name the field `start_date` (mandatory), while every request the page
         *     actually sends (its curl examples) uses `simulation_start_date`; the page does not say which name
         *     the live API reads. On our reading, `simulation_start_date` is the better-evidenced wire name:
         *     send it. This contract still accepts exactly one of the two, `start_date` (the tables' name) or
         *     `simulation_start_date` (the examples' name), never both and never neither.
         *
         *     Closed object (inferred): the page lists every field, so a misspelt field is rejected by the mock and
         *     by the generated types instead of being ignored. The page does not say how the live API treats
         *     unknown fields.
         */
        DelegatedManagementSimulationRequest: {
            /**
             * @description Unique identifier of the simulator to use. Provided by AAA.
             * @example aaaic:simulators:236
             */
            simulator_uuid: string;
            /** @description The amount of money the client wishes to reach at horizon. */
            target_amount?: number;
            /** @description The length (in number of months) of the project’s analysis period. (That it is at least 1 is our reading, not enforced.) */
            horizon: number;
            /** @description The money the client has on his account before the project starts. */
            current_savings?: number;
            /**
             * @description The starting point in time of the simulation. Format is YYYYMM. The name the page's tables
             *     give the start date; no request on the page sends it. Send this or `simulation_start_date`
             *     (the better-evidenced wire name, on our reading), not both.
             */
            start_date?: components["schemas"]["YearMonth"];
            /**
             * @description The starting point in time of the simulation, under the name every request on the page sends
             *     (its curl examples; the tables call it `start_date`). The better-evidenced wire name, on our
             *     reading: prefer it. Accepted in place of `start_date`, never together with it. Format is YYYYMM.
             */
            simulation_start_date?: components["schemas"]["YearMonth"];
            /** @description The series of projected one-time cash contributions. */
            simple_deposits?: components["schemas"]["SimpleCashFlow"][];
            /** @description The series of projected recurring cash contributions. */
            periodic_deposits?: components["schemas"]["PeriodicCashFlow"][];
            /** @description The series of projected one-time cash withdrawals. */
            simple_withdrawals?: components["schemas"]["SimpleCashFlow"][];
            /** @description The series of projected recurring cash withdrawals. */
            periodic_withdrawals?: components["schemas"]["PeriodicCashFlow"][];
            /** @description Unique identifier of the delegated profile. Provided by AAA. */
            profile_idx: number;
        } & ({
            start_date: components["schemas"]["YearMonth"];
            simulation_start_date?: never;
        } | {
            simulation_start_date: components["schemas"]["YearMonth"];
            start_date?: never;
        });
        /**
         * GlidepathManagementSimulationRequest
         * @description The request body is a JSON object representing a simulation request (the SimulationRequest object
         *     of the glidepath management section).
         *
         *     Start date: the tables name the field `start_date` (mandatory), while every request the page
         *     actually sends (its curl examples) uses `simulation_start_date`; the page does not say which name
         *     the live API reads. On our reading, `simulation_start_date` is the better-evidenced wire name:
         *     send it. This contract still accepts exactly one of the two, `start_date` (the tables' name) or
         *     `simulation_start_date` (the examples' name), never both and never neither.
         *
         *     Closed object (inferred): the page lists every field, so a misspelt field is rejected by the mock and
         *     by the generated types instead of being ignored. The page does not say how the live API treats
         *     unknown fields.
         */
        GlidepathManagementSimulationRequest: {
            /**
             * @description Unique identifier of the simulator to use. Provided by AAA.
             * @example aaaic:simulators:170
             */
            simulator_uuid: string;
            /** @description The amount of money the client wishes to reach at horizon. */
            target_amount?: number;
            /** @description The length (in number of months) of the project’s analysis period. (That it is at least 1 is our reading, not enforced.) */
            horizon: number;
            /** @description The money the client has on his account before the project starts. */
            current_savings?: number;
            /**
             * @description The starting point in time of the simulation. Format is YYYYMM. The name the page's tables
             *     give the start date; no request on the page sends it. Send this or `simulation_start_date`
             *     (the better-evidenced wire name, on our reading), not both.
             */
            start_date?: components["schemas"]["YearMonth"];
            /**
             * @description The starting point in time of the simulation, under the name every request on the page sends
             *     (its curl examples; the tables call it `start_date`). The better-evidenced wire name, on our
             *     reading: prefer it. Accepted in place of `start_date`, never together with it. Format is YYYYMM.
             */
            simulation_start_date?: components["schemas"]["YearMonth"];
            /** @description The series of projected one-time cash contributions. */
            simple_deposits?: components["schemas"]["SimpleCashFlow"][];
            /** @description The series of projected recurring cash contributions. */
            periodic_deposits?: components["schemas"]["PeriodicCashFlow"][];
            /** @description The series of projected one-time cash withdrawals. */
            simple_withdrawals?: components["schemas"]["SimpleCashFlow"][];
            /** @description The series of projected recurring cash withdrawals. */
            periodic_withdrawals?: components["schemas"]["PeriodicCashFlow"][];
            /** @description Unique identifier of the delegated profile. Provided by AAA. */
            profile_idx: number;
            /** @description The age of the customer (that it is not negative is our reading, not enforced). */
            age: number;
        } & ({
            start_date: components["schemas"]["YearMonth"];
            simulation_start_date?: never;
        } | {
            simulation_start_date: components["schemas"]["YearMonth"];
            start_date?: never;
        });
        /**
         * YearMonthDay
         * @description A calendar date written `YYYYMMDD` (for example `19800101`), as the Premia tables require. The
         *     pattern checks the month (01-12) and the day (01-31), not the calendar (it accepts `20250231`).
         * @example 19800101
         */
        YearMonthDay: string;
        /**
         * PremiaRegularContributionsFormat
         * @description Contribution format. Values: “CHOSEN_FREQUENCY”.
         * @enum {string}
         */
        PremiaRegularContributionsFormat: "CHOSEN_FREQUENCY";
        /**
         * PremiaContributionFrequency
         * @description Contribution frequency. Values: “MONTHLY”, “QUARTERLY”, “SEMIANNUALLY”, “ANNUALLY”.
         *
         *     Not the simulators' list: the simulator section's `CashFlowFrequency` is
         *     `MONTHLY/QUARTERLY/YEARLY/SEMI_ANNUALLY`. The page spells the half-yearly and yearly values
         *     differently in the two sections; each enum is kept exactly as its own section writes it, so
         *     `SEMI_ANNUALLY` or `YEARLY` here is rejected.
         * @enum {string}
         */
        PremiaContributionFrequency: "MONTHLY" | "QUARTERLY" | "SEMIANNUALLY" | "ANNUALLY";
        /**
         * PremiaPartWeight
         * @description One line of the current allocation (`currentComposition.compositionParts[].partWeights[]`): a
         *     support, its name and its market value. All three fields are optional, as the table says.
         */
        PremiaPartWeight: {
            /**
             * @description Support code. Context: inside currentComposition.compositionParts[].partWeights[].
             * @example LU0914733059
             */
            extCode?: string;
            /** @description Financial asset name. Context: inside currentComposition.compositionParts[].partWeights[]. */
            displayName?: string;
            /** @description Market value of the line. Context: inside currentComposition.compositionParts[].partWeights[]. */
            amount?: number;
        };
        /**
         * PremiaCompositionPartType
         * @description The management mode of a composition part. The page shows only `FREE_MANAGEMENT` (in its second
         *     example) and no list of values, so this contract names that value and stays open to any other
         *     string the API may use (for example for delegated management): do not rely on it being the only one.
         */
        PremiaCompositionPartType: "FREE_MANAGEMENT" | string;
        /**
         * PremiaCompositionPart
         * @description One part of the current allocation: its lines (`partWeights`) and its management mode (`type`). The
         *     page shows this object only in its second example (the table documents the fields of the lines):
         *     both fields are optional here, an inference from the table's "currentComposition: false".
         */
        PremiaCompositionPart: {
            /** @description The lines of this part. */
            partWeights?: components["schemas"]["PremiaPartWeight"][];
            type?: components["schemas"]["PremiaCompositionPartType"];
        };
        /**
         * PremiaCurrentComposition
         * @description Composition of the current allocation. The page names the object and the fields of its lines; the
         *     `compositionParts` array is known from the second example only, so it is optional here (inferred).
         */
        PremiaCurrentComposition: {
            /** @description The parts of the current allocation. */
            compositionParts?: components["schemas"]["PremiaCompositionPart"][];
        };
        /**
         * PremiaSessionRequest
         * @description The request body is a JSON object with all the information to initiate a session on Premia.
         *     Depending on the use case, it is built differently: subscription to a new contract, or contribution /
         *     redemption / change in allocation on an existing one (see the examples).
         *
         *     Conditional fields: `depositInitial` is required when `depositInitialEnabled` is true, and
         *     `regularContributionsAmount` when `periodicDepositsEnabled` is true (the table marks both
         *     "conditional"); this contract enforces both rules, in the mock and in the generated types: each
         *     rule is a union on its flag (flag `true` with its amount, or flag `false` / absent), so a body
         *     with a flag set to true and no amount does not compile.
         *
         *     Inferred parts: `minTaxonomyAlignment` accepting `null` (the second example sends it), and the
         *     closed object (the table lists every field, so a misspelt field is rejected by the mock and by the
         *     types; the page does not say how the live API treats unknown fields). Our readings that the page
         *     does not state are notes only, not rules: the 0-100 range of the three ESG percentages, an e-mail
         *     address in `contactEmail`, non-empty strings.
         */
        PremiaSessionRequest: {
            /**
             * @description Identifier of the Premia configuration to use. Provided by AAA.
             * @example aaaic:reco_journeys:4
             */
            recoJourneyUuid: string;
            /**
             * @description Your product code in the partner system (e.g., PERZEN).
             * @example PERZEN
             */
            extProductCode: string;
            /** @description Your internal reference for traceability. */
            extSessionCode: string;
            /** @description Contact email for notifications (no e-mail format is enforced: the page states none). */
            contactEmail?: string;
            /** @description Client last name. */
            clientLastName: string;
            /** @description Client first name. */
            clientFirstName: string;
            /** @description Client birth date in YYYYMMDD format. */
            clientBirthDate: components["schemas"]["YearMonthDay"];
            /** @description Co-subscriber last name (if applicable). */
            coSubscriberLastName?: string;
            /** @description Co-subscriber first name (if applicable). */
            coSubscriberFirstName?: string;
            /** @description Co-subscriber birth date in YYYYMMDD format (if applicable). Omit it when there is no co-subscriber. */
            coSubscriberBirthDate?: components["schemas"]["YearMonthDay"];
            /** @description Legal entity name (for corporate subscriptions). The page's examples send an empty string when not applicable. */
            legalPersonName?: string;
            /** @description Legal entity identifier (e.g., SIREN). */
            legalPersonIdentifier?: string;
            /** @description Legal representative last name (for corporate subscriptions). */
            legalPersonRepresentativeLastName?: string;
            /** @description Legal representative first name (for corporate subscriptions). */
            legalPersonRepresentativeFirstName?: string;
            /** @description Whether an initial deposit is enabled. When true, `depositInitial` is required. */
            depositInitialEnabled?: boolean;
            /** @description Initial deposit amount. Required when depositInitialEnabled is true. */
            depositInitial?: number;
            /**
             * @description Client risk profile key (e.g., “2”).
             * @example 2
             */
            clientRiskKey?: string;
            /** @description Date of last update of the risk profile in YYYYMMDD format. */
            clientRiskKeyLastUpdateDate?: components["schemas"]["YearMonthDay"];
            /** @description Does the client have sustainable/ESG preferences? */
            hasSustainablePreferences?: boolean;
            /** @description Minimum % of sustainable investments (use “15” for 15%). That it lies between 0 and 100 is our reading of the percent convention, not enforced. */
            minSustainableInvestments?: number;
            /** @description Minimum % taxonomy alignment (use “15” for 15%). Nullable: the page's second example sends `null` although the table types it number; this contract accepts a number or null. That it lies between 0 and 100 is our reading of the percent convention, not enforced. */
            minTaxonomyAlignment?: number | null;
            /** @description Minimum % coverage for PAIs (use “15” for 15%). The page's second example sends 0.50, which under this convention reads as 0.5 % (the page does not say whether 50 % was meant); the value is passed through as sent. That it lies between 0 and 100 is our reading of the percent convention, not enforced. */
            minCoveragePai?: number;
            /** @description PAI Climate. */
            greenhouseGasEmissions?: boolean;
            /** @description PAI Biodiversity. */
            impactOnBiodiversity?: boolean;
            /** @description PAI Water quality. */
            waterEmissions?: boolean;
            /** @description PAI Responsible waste management. */
            hazardousWaste?: boolean;
            /** @description PAI Controversial weapons control. */
            controversialWeapons?: boolean;
            /** @description PAI Monitoring of international principles. */
            monitoringOfInternationalPrinciples?: boolean;
            /** @description PAI Respect of international principles. */
            respectOfInternationalPrinciples?: boolean;
            /** @description PAI Gender pay gap. */
            genderPayGap?: boolean;
            /** @description PAI Low board gender diversity. */
            lowBoardGenderDiversity?: boolean;
            /** @description Date of last update of ESG preferences in YYYYMMDD format. */
            clientEsgLastUpdateDate?: components["schemas"]["YearMonthDay"];
            /** @description Are periodic deposits enabled? When true, `regularContributionsAmount` is required. */
            periodicDepositsEnabled?: boolean;
            /** @description Amount of the periodic contribution. Required when periodicDepositsEnabled is true. */
            regularContributionsAmount?: number;
            /** @description Contribution format. Values: “CHOSEN_FREQUENCY”. */
            regularContributionsFormat?: components["schemas"]["PremiaRegularContributionsFormat"];
            /** @description Contribution frequency. Values: “MONTHLY”, “QUARTERLY”, “SEMIANNUALLY”, “ANNUALLY” (not the simulators' `YEARLY`/`SEMI_ANNUALLY`: see PremiaContributionFrequency). */
            regularContributionsFrequency?: components["schemas"]["PremiaContributionFrequency"];
            /** @description Composition of the current allocation. */
            currentComposition?: components["schemas"]["PremiaCurrentComposition"];
        } & (({
            /** @constant */
            depositInitialEnabled: true;
            depositInitial: number;
        } | {
            /** @constant */
            depositInitialEnabled: false;
        } | {
            depositInitialEnabled?: never;
        }) & ({
            /** @constant */
            periodicDepositsEnabled: true;
            regularContributionsAmount: number;
        } | {
            /** @constant */
            periodicDepositsEnabled: false;
        } | {
            periodicDepositsEnabled?: never;
        }));
        /**
         * PremiaSessionResponse
         * @description In response, the service will provide a session hash, which is required to initiate the
         *     corresponding session on Premia. Redirect the user's browser to
         *     `{BASE_UI_URL}/premia/sessions?hash={sessionHash}`.
         *
         *     Open object: the page shows these keys, not that the response carries no other, so a key not shown is accepted (and not typed).
         */
        PremiaSessionResponse: {
            /**
             * @description The session hash to open (or resume) the session on Premia.
             * @example abc123
             */
            sessionHash: string;
        };
    };
    responses: {
        /**
         * @description Unauthorized – the username/password pair was rejected (inferred reading of the general table's
         *     "Token is invalid": this endpoint takes no token).
         */
        CredentialsRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Forbidden – Credentials are correct but permissions are not. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Not Found – The specified endpoint does not exist. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Method Not Allowed – You tried to access a endpoint with an invalid method. */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Bad Request – Your request is invalid. (The page's error table names 422 "Bad Request".) */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Too Many Requests – You’re sending too many requests in a small interval. Slow down! */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Internal Server Error – We had a problem with our server. Try again later. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Service Unavailable – We’re temporarily offline for maintenance. Please try again later. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Unauthorized – Token is invalid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Invalid input (Premia section): the API returns a JSON body describing the issue. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description Your username/clientId. Must be sent url_encoded (the page's example sends `myuser%40test.com`).
         * @example partner@example.com
         */
        Username: string;
        /**
         * @description Your password/clientSecret. Must be sent url_encoded.
         * @example testpassword
         */
        Password: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type AccessToken = components['schemas']['AccessToken'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type YearMonth = components['schemas']['YearMonth'];
export type SimpleCashFlow = components['schemas']['SimpleCashFlow'];
export type CashFlowFrequency = components['schemas']['CashFlowFrequency'];
export type PeriodicCashFlow = components['schemas']['PeriodicCashFlow'];
export type WeightedAsset = components['schemas']['WeightedAsset'];
export type FreeManagementSimulationRequest = components['schemas']['FreeManagementSimulationRequest'];
export type ChartPoint = components['schemas']['ChartPoint'];
export type ChartSeries = components['schemas']['ChartSeries'];
export type AreaPoint = components['schemas']['AreaPoint'];
export type SimulationSynthesis = components['schemas']['SimulationSynthesis'];
export type ScenarioSeries = components['schemas']['ScenarioSeries'];
export type SimulationGraphs = components['schemas']['SimulationGraphs'];
export type QuantileStatistics = components['schemas']['QuantileStatistics'];
export type SimulationStatistics = components['schemas']['SimulationStatistics'];
export type OutcomeRange = components['schemas']['OutcomeRange'];
export type ScenariosTable = components['schemas']['ScenariosTable'];
export type UcAllocation = components['schemas']['UcAllocation'];
export type SimulationResult = components['schemas']['SimulationResult'];
export type DelegatedManagementSimulationRequest = components['schemas']['DelegatedManagementSimulationRequest'];
export type GlidepathManagementSimulationRequest = components['schemas']['GlidepathManagementSimulationRequest'];
export type YearMonthDay = components['schemas']['YearMonthDay'];
export type PremiaRegularContributionsFormat = components['schemas']['PremiaRegularContributionsFormat'];
export type PremiaContributionFrequency = components['schemas']['PremiaContributionFrequency'];
export type PremiaPartWeight = components['schemas']['PremiaPartWeight'];
export type PremiaCompositionPartType = components['schemas']['PremiaCompositionPartType'];
export type PremiaCompositionPart = components['schemas']['PremiaCompositionPart'];
export type PremiaCurrentComposition = components['schemas']['PremiaCurrentComposition'];
export type PremiaSessionRequest = components['schemas']['PremiaSessionRequest'];
export type PremiaSessionResponse = components['schemas']['PremiaSessionResponse'];
export type ResponseCredentialsRejected = components['responses']['CredentialsRejected'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseMethodNotAllowed = components['responses']['MethodNotAllowed'];
export type ResponseUnprocessableEntity = components['responses']['UnprocessableEntity'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ParameterUsername = components['parameters']['Username'];
export type ParameterPassword = components['parameters']['Password'];
export type $defs = Record<string, never>;
export interface operations {
    acquireToken: {
        parameters: {
            query: {
                /**
                 * @description Your username/clientId. Must be sent url_encoded (the page's example sends `myuser%40test.com`).
                 * @example partner@example.com
                 */
                username: components["parameters"]["Username"];
                /**
                 * @description Your password/clientSecret. Must be sent url_encoded.
                 * @example testpassword
                 */
                password: components["parameters"]["Password"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The JWT token as a raw string in the response body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["AccessToken"];
                };
            };
            401: components["responses"]["CredentialsRejected"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    simulateFreeManagement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The request body is a JSON object representing a simulation request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FreeManagementSimulationRequest"];
            };
        };
        responses: {
            /** @description The result of the simulation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimulationResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    simulateDelegatedManagement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The request body is a JSON object representing a simulation request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DelegatedManagementSimulationRequest"];
            };
        };
        responses: {
            /** @description The result of the simulation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimulationResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    simulateGlidepathManagement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The request body is a JSON object representing a simulation request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GlidepathManagementSimulationRequest"];
            };
        };
        responses: {
            /** @description The result of the simulation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimulationResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPremiaSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description The request body is a JSON object with all the information to initiate a session on Premia.
         *     Depending on the use case, it is built differently.
         */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PremiaSessionRequest"];
            };
        };
        responses: {
            /**
             * @description In response, the service will provide a session hash, which is required to initiate the
             *     corresponding session on Premia.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PremiaSessionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}

export const specInfo = {"title":"Coanda API","version":"1"} as const;
