// Which measures on the schedule changed since the person's last visit, for their cards'
// marker. The schedule page provides it from the header's unread query; empty elsewhere.
import { createContext, useContext } from 'react';

const none: ReadonlySet<string> = new Set();

export const ChangedMeasures = createContext<ReadonlySet<string>>(none);

export const useChangedMeasure = (id: string): boolean => useContext(ChangedMeasures).has(id);
