/** The calibration card of the options page (issue #15). `es` must mirror `en`. */
export const en = {
  'calibration.title': 'Calibrate with your results',
  'calibration.intro':
    'Criba compares your closed deals (won against lost or no decision) with the criteria they met and the answers they gave, proposes new weights and fit thresholds, and checks them on deals kept out of the fit.',
  'calibration.counts': 'Closed deals: {won} won, {lost} lost, {noDecision} with no decision.',
  'calibration.tooFew':
    'Not enough data yet ({count} of {min} closed deals). Record how deals end on the prospects page; calibration starts at {min}.',
  'calibration.run': 'Propose new weights',
  'calibration.running': 'Comparing {count} closed deals…',
  'calibration.oneSided':
    'All {count} closed deals ended the same way: nothing tells the winners from the rest yet. Nothing is proposed.',
  'calibration.noSignal':
    'The criteria and answers of these {count} deals explain their outcomes no better than chance. Nothing is proposed.',
  'calibration.noImprovement':
    'The fitted weights do no better than your current ICP on the {heldOut} deals kept out of the fit. Nothing is proposed.',
  'calibration.proposal':
    'Proposal from {count} closed deals, checked on {heldOut} of them kept out of the fit.',
  'calibration.criteria': 'Criteria',
  'calibration.weight': 'weight {from} → {to}',
  'calibration.weight.changed':
    'Met by {wonMet} of {wonKnown} won deals and by {otherMet} of {otherKnown} lost or undecided (where known).',
  'calibration.weight.tooFewKnown': 'Known on too few closed deals to judge: kept.',
  'calibration.thresholds': 'Thresholds',
  'calibration.threshold': '{from} → {to}',
  'calibration.threshold.qualifiedFit': 'Qualified from fit',
  'calibration.threshold.qualifiedFit.why':
    '{wonPast} of {won} won deals reach it, against {otherPast} of {other} lost or undecided.',
  'calibration.threshold.nurtureFit': 'Disqualified below fit',
  'calibration.threshold.nurtureFit.why':
    '{wonPast} of {won} won deals fall below it, against {otherPast} of {other} lost or undecided.',
  'calibration.backtest': 'Backtest on {heldOut} deals kept out of the fit ({won} won)',
  'calibration.backtest.measure': 'Measure',
  'calibration.backtest.now': 'Now',
  'calibration.backtest.proposed': 'Proposed',
  'calibration.backtest.auc': 'Area under the ROC curve',
  'calibration.backtest.precision': 'Won among “qualified”',
  'calibration.backtest.precisionValue': '{percent} ({won} of {qualified})',
  'calibration.backtest.noneQualified': 'none qualified',
  'calibration.apply': 'Apply as a new ICP version',
  'calibration.applyDirty':
    'Save your changes to the ICP first: a proposal starts from the saved version.',
  'calibration.applied':
    'Saved as ICP version {version}. Older scores keep their version until you re-score.',
  'calibration.failed': 'Calibration failed: {detail}',
} as const;

export const es: Record<keyof typeof en, string> = {
  'calibration.title': 'Calibrar con tus resultados',
  'calibration.intro':
    'Criba compara tus oportunidades cerradas (ganadas frente a perdidas o sin decisión) con los criterios que cumplían y las respuestas que dieron, propone nuevos pesos y umbrales de encaje y los comprueba con oportunidades que no se usaron para ajustar.',
  'calibration.counts':
    'Oportunidades cerradas: {won} ganadas, {lost} perdidas, {noDecision} sin decisión.',
  'calibration.tooFew':
    'Aún no hay datos suficientes ({count} de {min} oportunidades cerradas). Anota cómo termina cada oportunidad en la página de prospectos; la calibración empieza con {min}.',
  'calibration.run': 'Proponer nuevos pesos',
  'calibration.running': 'Comparando {count} oportunidades cerradas…',
  'calibration.oneSided':
    'Las {count} oportunidades cerradas terminaron igual: todavía nada distingue a las ganadas del resto. No se propone nada.',
  'calibration.noSignal':
    'Los criterios y respuestas de estas {count} oportunidades no explican su resultado mejor que el azar. No se propone nada.',
  'calibration.noImprovement':
    'Los pesos ajustados no mejoran tu ICP actual en las {heldOut} oportunidades apartadas del ajuste. No se propone nada.',
  'calibration.proposal':
    'Propuesta a partir de {count} oportunidades cerradas, comprobada con {heldOut} de ellas apartadas del ajuste.',
  'calibration.criteria': 'Criterios',
  'calibration.weight': 'peso {from} → {to}',
  'calibration.weight.changed':
    'Lo cumplían {wonMet} de {wonKnown} oportunidades ganadas y {otherMet} de {otherKnown} perdidas o sin decisión (donde se sabía).',
  'calibration.weight.tooFewKnown':
    'Se conocía en muy pocas oportunidades cerradas para juzgarlo: se mantiene.',
  'calibration.thresholds': 'Umbrales',
  'calibration.threshold': '{from} → {to}',
  'calibration.threshold.qualifiedFit': 'Cualificado desde encaje',
  'calibration.threshold.qualifiedFit.why':
    'Lo alcanzan {wonPast} de {won} oportunidades ganadas, frente a {otherPast} de {other} perdidas o sin decisión.',
  'calibration.threshold.nurtureFit': 'Descartado por debajo de encaje',
  'calibration.threshold.nurtureFit.why':
    'Quedan por debajo {wonPast} de {won} oportunidades ganadas, frente a {otherPast} de {other} perdidas o sin decisión.',
  'calibration.backtest': 'Prueba con {heldOut} oportunidades apartadas del ajuste ({won} ganadas)',
  'calibration.backtest.measure': 'Medida',
  'calibration.backtest.now': 'Ahora',
  'calibration.backtest.proposed': 'Con la propuesta',
  'calibration.backtest.auc': 'Área bajo la curva ROC',
  'calibration.backtest.precision': 'Ganadas entre las «cualificadas»',
  'calibration.backtest.precisionValue': '{percent} ({won} de {qualified})',
  'calibration.backtest.noneQualified': 'ninguna cualificada',
  'calibration.apply': 'Aplicar como nueva versión del ICP',
  'calibration.applyDirty':
    'Guarda antes tus cambios en el ICP: la propuesta parte de la versión guardada.',
  'calibration.applied':
    'Guardado como versión {version} del ICP. Las puntuaciones anteriores conservan su versión hasta que vuelvas a puntuar.',
  'calibration.failed': 'La calibración ha fallado: {detail}',
};
