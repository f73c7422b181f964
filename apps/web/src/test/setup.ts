import { configure } from '@testing-library/react';

// `findBy*` waits this long for the real API over SQLite; on a loaded machine one second is not
// enough, and a test that waits longer still fails when the thing never appears.
configure({ asyncUtilTimeout: 5_000 });
