import { mountPage } from '@/utils/page';
import { App } from './App';

mountPage(App);
