// First: no schema may be built before zod knows eval is forbidden here.
import '../../components/zod-config';
import { startFirstView } from './first-view';

// The first rows are read while the page's code loads (docs/ARCHITECTURE.md, "The
// prospects list at 100,000"): opening the database is the longest wait at that count.
const first = startFirstView(location.search);
void import('./boot').then(({ boot }) => boot(first));
