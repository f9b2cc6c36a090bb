import { mountPage } from '@/utils/page';
import '@/components/base.css';
import { App } from './App';

mountPage(App);
