// Every property test draws its cases from one fixed seed, so the suite passes or fails the same way
// on every run: CI cannot pass or fail by luck, and a failure is reproduced by running it again.
// Other seeds explore other cases: `COPYDESK_PROPERTY_SEED=7 npm test` (fast-check prints the seed and
// the path of any counterexample it finds).
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.COPYDESK_PROPERTY_SEED ?? 1) });
