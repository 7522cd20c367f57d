import type { Metadata } from 'next';
import { Testimonials } from '@/components/site/testimonials';

export const metadata: Metadata = {
  title: 'What our customers say',
  description: 'Feedback from Lumina Energy’s customers, published with their permission.',
};

// Rendered per request, so a testimonial whose author withdraws permission is gone at once.
export default function TestimonialsPage() {
  return (
    <div className="container">
      <Testimonials />
    </div>
  );
}
