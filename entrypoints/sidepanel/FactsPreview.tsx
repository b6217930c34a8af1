import { useMemo } from 'react';
import { FactsSection } from '../../components/FactsSection';
import type { Capture } from '../../lib/model/capture';
import { pageFacts, showsPerson } from '../../lib/prospect/page-facts';

/**
 * The page's facts while the editor's code (database, engine, domain rules) loads: the
 * same rows the editor shows, not yet editable. A reading is on screen as soon as it
 * arrives instead of waiting for the larger chunk (docs/ARCHITECTURE.md, side panel).
 */
export function FactsPreview({ capture }: { capture: Capture }) {
  const facts = useMemo(() => pageFacts(capture), [capture]);
  return (
    <div className="editor" aria-busy="true">
      {showsPerson(capture.surface, facts) && (
        <FactsSection entity="person" fields={facts.person} />
      )}
      <FactsSection entity="company" fields={facts.company} />
    </div>
  );
}
