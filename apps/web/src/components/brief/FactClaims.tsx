import { Fragment, type ReactNode } from 'react';
import { useTranslations } from '../../i18n';
import { DisputedBadge, UnconfirmedBadge } from '../badges';
import { SourceCite, type SourceIndex } from '../SourceRef';
import { briefText } from './text';

/** What every claim carries, whatever the fact it is about. */
export interface ClaimLike {
  id: string;
  sourceId: string | null;
  note: string | null;
  unconfirmed: boolean;
}

/** A fact with its claims side by side, as the API gives it (`facts.date`, `stage`, ...). */
export interface FactLike<C extends ClaimLike> {
  disputed: boolean;
  preferred: { claimId: string; reason: string } | null;
  claims: readonly C[];
}

/**
 * A fact sources disagree on, or one an editor settled; nothing for a fact whose claims agree
 * (its value is shown where the fact belongs). Disputed: every claim with its source, none put
 * forward as the value. Preferred: the preferred claim as the value with the editor's reason,
 * and the claims it set aside still listed with their sources, so a reader can weigh them.
 */
export function FactClaims<C extends ClaimLike>({
  fact,
  label,
  disputedLabel,
  show,
  sources,
  setAside,
  badge = true,
  claimAction,
}: {
  fact: FactLike<C>;
  /** What the fact is ("Date"), before the preferred value. */
  label: string;
  /** What the sources disagree on ("Sources disagree on the date"). */
  disputedLabel: string;
  /** One claim's value: a date, a result, a stage. */
  show: (claim: C) => ReactNode;
  sources: SourceIndex;
  /** The claims a preference set aside; every other claim when not given. */
  setAside?: readonly string[];
  /** Marks a disputed fact here; off where the fact's record is already marked. */
  badge?: boolean;
  /**
   * An editor's control for one claim ("Prefer this claim", or on the preferred one "Withdraw
   * the preference"), given the claim's value as `show` words it. Set apart under the claims.
   */
  claimAction?: (claim: C, preferred: boolean, value: ReactNode) => ReactNode;
}) {
  const x = useTranslations(briefText);
  const preferred = fact.preferred
    ? fact.claims.find((c) => c.id === fact.preferred?.claimId)
    : undefined;
  if (fact.preferred && preferred) {
    const aside = fact.claims.filter(
      (c) => c !== preferred && (setAside ? setAside.includes(c.id) : true),
    );
    return (
      <>
        <div className="bf-claims bf-claims-preferred">
          <p className="bf-claims-head">
            <span className="bf-label">
              {label}
              {x.colon}
            </span>
            <ClaimText claim={preferred} show={show} sources={sources} />{' '}
            <span className="bf-preferred">
              <span aria-hidden="true">✓ </span>
              {x.preferred(fact.preferred.reason)}
            </span>
          </p>
          {aside.length > 0 ? (
            <>
              <p className="bf-claims-aside">{x.setAside}</p>
              <ClaimList claims={aside} show={show} sources={sources} />
            </>
          ) : null}
        </div>
        {claimAction ? (
          <div className="fm-controls bf-claim-controls">
            {claimAction(preferred, true, show(preferred))}
            {aside.map((c) => (
              <Fragment key={c.id}>{claimAction(c, false, show(c))}</Fragment>
            ))}
          </div>
        ) : null}
      </>
    );
  }
  if (!fact.disputed) return null;
  return (
    <>
      <div className="bf-claims bf-claims-disputed">
        <p className="bf-claims-head">
          {badge ? (
            <>
              <DisputedBadge />{' '}
            </>
          ) : null}
          <span className="bf-claims-title">{disputedLabel}</span>
        </p>
        <ClaimList claims={fact.claims} show={show} sources={sources} />
      </div>
      {claimAction ? (
        <div className="fm-controls bf-claim-controls">
          {fact.claims.map((c) => (
            <Fragment key={c.id}>{claimAction(c, false, show(c))}</Fragment>
          ))}
        </div>
      ) : null}
    </>
  );
}

function ClaimList<C extends ClaimLike>({
  claims,
  show,
  sources,
}: {
  claims: readonly C[];
  show: (claim: C) => ReactNode;
  sources: SourceIndex;
}) {
  return (
    <ul className="bf-claim-list">
      {claims.map((claim) => (
        <li key={claim.id} className="bf-claim">
          <ClaimText claim={claim} show={show} sources={sources} />
        </li>
      ))}
    </ul>
  );
}

/** One source's word: the value, the source, and what the source itself says of it. */
function ClaimText<C extends ClaimLike>({
  claim,
  show,
  sources,
}: {
  claim: C;
  show: (claim: C) => ReactNode;
  sources: SourceIndex;
}) {
  const x = useTranslations(briefText);
  return (
    <>
      <span className="bf-claim-value">{show(claim)}</span>
      {' — '}
      <SourceCite sourceId={claim.sourceId} sources={sources} numberLabel={x.sourceNumber} />
      {claim.unconfirmed ? (
        <>
          {' '}
          <UnconfirmedBadge />
        </>
      ) : null}
      {claim.note ? <span className="bf-claim-note"> {claim.note}</span> : null}
    </>
  );
}
